package dk.kulturpuls.roundtable.conference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ConferenceNavigation {

	@Bean
	NavigationEntry publicConferencesNavigation() {
		return NavigationEntry.forEveryone("rtc.nav.conferences", "/public/conferences", 35);
	}
}
