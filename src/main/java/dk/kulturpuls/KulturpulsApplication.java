package dk.kulturpuls;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kulturpuls: the platform for public programmes that use art and culture to improve mental wellbeing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KulturpulsApplication {

	public static void main(String[] args) {
		SpringApplication.run(KulturpulsApplication.class, args);
	}
}
