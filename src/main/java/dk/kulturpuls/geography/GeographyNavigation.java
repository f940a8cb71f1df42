package dk.kulturpuls.geography;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class GeographyNavigation {

	@Bean
	NavigationEntry mapNavigation() {
		return NavigationEntry.forEveryone("nav.map", "/public/projects/map", 50);
	}

	@Bean
	NavigationEntry populationNavigation() {
		return NavigationEntry.forRole(Role.ADMIN, "nav.population", "/admin/population", 85);
	}
}
