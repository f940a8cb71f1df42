package dk.kulturpuls.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The municipalities' boundaries as GeoJSON, whole or per region, read once from the copy of the DAGI data set
 * shipped with the platform (see geo/ATTRIBUTION.md).
 */
@Component
class Boundaries {

	static final String ATTRIBUTION = "Geodatastyrelsen, DAGI/FOT, 2014-02-13, 1:500.000";

	private final JsonMapper mapper = JsonMapper.builder().build();
	private final Map<String, byte[]> byRegion = new ConcurrentHashMap<>();
	private volatile JsonNode all;

	/** The boundaries of one region ("1081"), or of all of Denmark for "all". */
	byte[] geoJson(String regionCode) {
		return byRegion.computeIfAbsent(regionCode, this::build);
	}

	private byte[] build(String regionCode) {
		JsonNode collection = load();
		if ("all".equals(regionCode)) {
			return mapper.writeValueAsBytes(collection);
		}
		ObjectNode filtered = mapper.createObjectNode();
		filtered.put("type", "FeatureCollection");
		filtered.put("attribution", ATTRIBUTION);
		ArrayNode features = filtered.putArray("features");
		for (JsonNode feature : collection.get("features")) {
			if (regionCode.equals(feature.get("properties").get("regionCode").asString())) {
				features.add(feature);
			}
		}
		return mapper.writeValueAsBytes(filtered);
	}

	private JsonNode load() {
		if (all == null) {
			try (InputStream in = new ClassPathResource("geo/dk-municipalities.geojson").getInputStream()) {
				ObjectNode node = (ObjectNode) mapper.readTree(in);
				node.put("attribution", ATTRIBUTION);
				all = node;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return all;
	}
}
