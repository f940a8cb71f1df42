package dk.kulturpuls.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every instrument version shipped with the platform. A new version is a new file; scores keep the version
 * they were computed with, so earlier results never change meaning.
 */
@Component
class InstrumentCatalogue {

	static final String LOCATION = "classpath*:outcomes/instruments/*.json";

	private final Map<String, Instrument> byKey;

	InstrumentCatalogue() {
		this(load());
	}

	InstrumentCatalogue(List<Instrument> instruments) {
		Map<String, Instrument> map = new LinkedHashMap<>();
		instruments.stream().sorted(Comparator.comparing(Instrument::code).thenComparing(Instrument::version))
			.forEach(i -> map.put(i.key(), i));
		this.byKey = Collections.unmodifiableMap(map);
	}

	static List<Instrument> load() {
		JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return java.util.Arrays.stream(resources).map(resource -> {
				try (InputStream in = resource.getInputStream()) {
					return mapper.readValue(in, Instrument.class);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The newest version of an instrument. */
	Optional<Instrument> current(String code) {
		return byKey.values().stream().filter(i -> i.code().equals(code))
			.max(Comparator.comparingInt(Instrument::version));
	}

	Optional<Instrument> find(String code, int version) {
		return Optional.ofNullable(byKey.get(code + " v" + version));
	}

	List<Instrument> all() {
		return List.copyOf(byKey.values());
	}
}
