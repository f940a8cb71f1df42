package dk.kulturpuls.roundtable.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class ProcessNavigation {

	@Bean
	NavigationEntry secretariatRemindersNavigation() {
		return NavigationEntry.forRole(Role.SECRETARIAT, "rtp.nav.reminders", "/secretariat/reminders", 161);
	}
}
