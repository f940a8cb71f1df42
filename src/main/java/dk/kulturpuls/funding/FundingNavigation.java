package dk.kulturpuls.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class FundingNavigation {

	@Bean
	NavigationEntry programmeNavigation() {
		return NavigationEntry.forEveryone("nav.programme", "/programme", 10);
	}

	@Bean
	NavigationEntry openCallsNavigation() {
		return NavigationEntry.forEveryone("nav.calls", "/public/calls", 11);
	}

	@Bean
	NavigationEntry officerCallsNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officerCalls", "/officer/calls", 30);
	}

	@Bean
	NavigationEntry officerPoolsNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officerPools", "/officer/pools", 31);
	}

	@Bean
	NavigationEntry committeeCallsNavigation() {
		return NavigationEntry.forRole(Role.COMMITTEE, "nav.committeeCalls", "/committee/calls", 40);
	}
}
