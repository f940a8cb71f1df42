package dk.kulturpuls.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationTest
class GeographyTests {

	@Autowired
	Municipalities municipalities;

	@LocalServerPort
	int port;

	@Test
	void knowsAllNinetyEightMunicipalitiesAndTheElevenOfNorthJutland() {
		assertThat(municipalities.all()).hasSize(98);
		var northJutland = municipalities.inRegion(Municipalities.NORTH_JUTLAND);
		assertThat(northJutland).hasSize(11);
		assertThat(northJutland).allSatisfy(m -> assertThat(m.population()).isPositive());
		assertThat(northJutland.stream().mapToInt(MunicipalityView::population).sum()).isEqualTo(590_936);
		assertThat(municipalities.find(new MunicipalityCode("0851")))
			.hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("Aalborg"));
	}

	@Test
	void servesTheBoundariesWithTheirAttribution() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/geography/boundaries/1081.geojson")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("geo+json"));
		JsonNode geoJson = JsonMapper.builder().build().readTree(response.body());
		assertThat(geoJson.get("features")).hasSize(11);
		assertThat(geoJson.get("attribution").asString()).contains("DAGI");
		assertThat(geoJson.get("features").get(0).get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");

		HttpResponse<String> all = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/geography/boundaries/all.geojson")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(JsonMapper.builder().build().readTree(all.body()).get("features")).hasSize(98);
	}

	@Test
	void aMunicipalityCodeHasFourDigits() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MunicipalityCode("851"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
