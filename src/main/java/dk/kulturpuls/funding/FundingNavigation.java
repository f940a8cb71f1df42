package dk.kulturpuls.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class FundingNavigation {

	@Bean
	NavigationEntry programmeNavigation() {
		return NavigationEntry.forEveryone("nav.programme", "/programme", 10);
	}
}
