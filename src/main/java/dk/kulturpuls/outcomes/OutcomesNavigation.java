package dk.kulturpuls.outcomes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class OutcomesNavigation {

	@Bean
	NavigationEntry outcomesDashboardEntry() {
		return NavigationEntry.forEveryone("outcomes.nav.dashboard", "/public/outcomes", 40);
	}

	@Bean
	NavigationEntry outcomesProjectLeadEntry() {
		return NavigationEntry.forRole(Role.PROJECT_LEAD, "outcomes.nav.projects", "/project-lead/outcomes", 60);
	}

	@Bean
	NavigationEntry outcomesAdminEntry() {
		return NavigationEntry.forRole(Role.ADMIN, "outcomes.nav.admin", "/admin/outcomes/instruments", 95);
	}

	@Bean
	NavigationEntry outcomesOfficerEntry() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "outcomes.nav.officer", "/officer/outcomes/plans", 140);
	}
}
