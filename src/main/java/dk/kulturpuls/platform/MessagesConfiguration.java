package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All text of the platform: {@code messages_da/_en.properties} for the shared layout, plus one pair per
 * module under {@code i18n/<module>_da.properties} and {@code i18n/<module>_en.properties}, found on the
 * class path so that modules add their texts without touching each other's files.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String MODULE_BUNDLES = "classpath*:i18n/*_da.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(java.util.Locale.of("da"));
		source.setCacheSeconds(-1);
		return source;
	}

	static List<String> basenames() {
		List<String> names = new ArrayList<>();
		names.add("classpath:messages");
		try {
			TreeSet<String> modules = new TreeSet<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
				String file = resource.getFilename();
				if (file != null) {
					modules.add("classpath:i18n/" + file.substring(0, file.length() - "_da.properties".length()));
				}
			}
			names.addAll(modules);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return names;
	}
}
