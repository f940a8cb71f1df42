package dk.kulturpuls.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

	@Bean
	NavigationEntry publicKnowledgeNavigation() {
		return NavigationEntry.forEveryone("nav.knowledge", "/public/knowledge", 30);
	}

	@Bean
	NavigationEntry officerKnowledgeNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officer.knowledge", "/officer/knowledge", 130);
	}
}
