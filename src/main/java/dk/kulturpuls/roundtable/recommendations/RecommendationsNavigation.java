package dk.kulturpuls.roundtable.recommendations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class RecommendationsNavigation {

	/** Participants find the dot voting of their workshops in the menu. */
	@Bean
	NavigationEntry participantVotesNavigation() {
		return NavigationEntry.forRole(Role.PARTICIPANT, "rt.nav.votes", "/roundtable/votes", 161);
	}
}
