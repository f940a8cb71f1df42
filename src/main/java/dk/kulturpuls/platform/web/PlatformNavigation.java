package dk.kulturpuls.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

/** The platform's own menu entries beside the role start pages. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	NavigationEntry outboxNavigation() {
		return NavigationEntry.forRole(Role.ADMIN, "nav.outbox", "/admin/outbox", 90);
	}
}
