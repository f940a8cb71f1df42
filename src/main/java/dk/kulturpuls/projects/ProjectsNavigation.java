package dk.kulturpuls.projects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class ProjectsNavigation {

	@Bean
	NavigationEntry publicProjectsNavigation() {
		return NavigationEntry.forEveryone("nav.projects", "/public/projects", 25);
	}

	@Bean
	NavigationEntry officerProjectsNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officer.projects", "/officer/projects", 120);
	}
}
