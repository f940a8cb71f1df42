package dk.kulturpuls.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/** The platform's clock, in Europe/Copenhagen. Tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(Formats.ZONE);
	}
}
