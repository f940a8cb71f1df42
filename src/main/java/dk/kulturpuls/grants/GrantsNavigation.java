package dk.kulturpuls.grants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class GrantsNavigation {

	@Bean
	NavigationEntry officerGrantsNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officerGrants", "/officer/grants", 32);
	}

	@Bean
	NavigationEntry applicantGrantsNavigation() {
		return NavigationEntry.forRole(Role.APPLICANT, "nav.applicantGrants", "/applicant/grants", 41);
	}
}
