package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/**
 * The public face of the open data and the catalogue: the API described for people without login, a titled and
 * versioned OpenAPI document, the catalogue in the main menu with one current entry, and the start page's links.
 */
@ApplicationTest
class OpenDataTests {

	@LocalServerPort
	int port;

	@Test
	void theApiIsDescribedWithoutLoginAndItsOpenApiDocumentIsTitledAndVersioned() throws Exception {
		WebSession visitor = new WebSession(port);
		Document page = visitor.page("/public/open-data");
		assertThat(page.select("#api-operations tbody th").eachText()).contains("GET /api/v1/calls",
				"GET /api/v1/grants", "GET /api/v1/projects", "GET /api/v1/projects.csv",
				"GET /api/v1/outcomes/summary", "GET /api/v1/outcomes/releases");
		// every listed address that takes no path variable is a link that answers without login
		for (String href : page.select("#api-operations a").eachAttr("href")) {
			assertThat(visitor.get(href).statusCode()).as(href).isEqualTo(200);
		}
		assertThat(page.selectFirst("#api-operations td[lang=en]")).isNotNull();

		HttpResponse<String> document = visitor.get(page.selectFirst("#openapi-document").attr("href"));
		assertThat(document.statusCode()).isEqualTo(200);
		JsonNode info = JsonMapper.builder().build().readTree(document.body()).path("info");
		assertThat(info.path("title").asText()).isEqualTo("Kulturpuls open data API");
		assertThat(info.path("version").asText()).isEqualTo("v1");
		assertThat(info.path("description").asText()).contains("disclosure-controlled", "whole Danish kroner");

		// whoever looks for Swagger UI is sent to the description, not to a login
		HttpResponse<String> swagger = visitor.get("/swagger-ui.html");
		assertThat(swagger.statusCode()).isEqualTo(302);
		assertThat(swagger.headers().firstValue("Location").orElse("")).endsWith("/public/open-data");
	}

	@Test
	void theCatalogueIsInTheMenuAndOnlyTheMostSpecificEntryIsCurrent() {
		WebSession visitor = new WebSession(port);
		Document catalogue = visitor.page("/public/projects");
		assertThat(catalogue.select("nav.nav a[aria-current=page]").eachText()).containsExactly("Projektkatalog");
		Document map = visitor.page("/public/projects/map");
		assertThat(map.select("nav.nav a[aria-current=page]").eachText()).containsExactly("Kort");

		Document home = visitor.page("/");
		assertThat(home.select("main a").eachAttr("href")).contains("/public/outcomes", "/public/projects",
				"/public/open-data");
	}
}
