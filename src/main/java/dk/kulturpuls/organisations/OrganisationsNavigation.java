package dk.kulturpuls.organisations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class OrganisationsNavigation {

	@Bean
	NavigationEntry secretariatOrganisationsNavigation() {
		return NavigationEntry.forRole(Role.SECRETARIAT, "nav.secretariat.organisations", "/secretariat/organisations",
				171);
	}
}
