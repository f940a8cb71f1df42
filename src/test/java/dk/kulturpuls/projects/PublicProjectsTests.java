package dk.kulturpuls.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/** The public catalogue's filters, the spread map's table, the open data and the spread report. */
@ApplicationTest
class PublicProjectsTests {

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	ProjectWork work;

	@Autowired
	SpreadReport report;

	String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	ProjectId register(String name, Set<String> municipalities, boolean publiclyVisible, LocalDate start,
			LocalDate end, Long grantOre) {
		return projects.register(new Projects.NewProject(name, "Korsang for ældre.", "Morsø Kommune",
				"vulnerable-citizens", Set.of("elderly"), municipalities, start, end, publiclyVisible,
				Set.of("projectlead"), grantOre));
	}

	@Test
	void theCatalogueFiltersByMunicipalityAndHidesProjectsThatAreNotPublic() {
		String name = unique("Korsang på Mors");
		String hidden = unique("Skjult kor");
		register(name, Set.of("0773"), true, LocalDate.of(2026, 1, 1), null, null);
		register(hidden, Set.of("0773"), false, LocalDate.of(2026, 1, 1), null, null);
		WebSession visitor = new WebSession(port);

		Document mors = visitor.page("/public/projects?municipality=0773&q=" + name.replace(" ", "+"));
		assertThat(mors.select("main h3 a").eachText()).containsExactly(name);
		assertThat(mors.select("#results-heading").text()).isEqualTo("1 projekt fundet");
		Document aalborg = visitor.page("/public/projects?municipality=0851&q=" + name.replace(" ", "+"));
		assertThat(aalborg.select("#results-heading").text()).isEqualTo("Ingen projekter fundet");
		Document all = visitor.page("/public/projects?q=" + hidden.replace(" ", "+"));
		assertThat(all.select("#results-heading").text()).isEqualTo("Ingen projekter fundet");
	}

	@Test
	void theCatalogueAndTheProjectPageNameTargetGroupsAndMunicipalitiesInBothLanguages() {
		String name = unique("Kunst ved sengen");
		ProjectId id = projects.register(new Projects.NewProject(name, "Musik for indlagte.", "Hjørring Kulturhus",
				"vulnerable-citizens", Set.of("hospital-patients", "elderly"), Set.of("0860", "0813"),
				LocalDate.of(2026, 1, 1), null, true, Set.of("projectlead"), null));
		WebSession visitor = new WebSession(port);

		Element entry = visitor.page("/public/projects?q=" + name.replace(" ", "+")).selectFirst("main ol li");
		assertThat(entry.text()).contains("Målgrupper: Indlagte patienter, Ældre")
			.contains("Kommuner: Frederikshavn, Hjørring")
			.contains("Eksperimenterende kunst og kultur for borgere i sårbare situationer");
		Document page = visitor.page("/public/projects/" + id.value());
		assertThat(page.select("main dl").text()).contains("Målgrupper Indlagte patienter, Ældre")
			.contains("Kommuner Frederikshavn, Hjørring").doesNotContain("0813", "hospital-patients");

		Element english = visitor.page("/public/projects?lang=en&q=" + name.replace(" ", "+"))
			.selectFirst("main ol li");
		assertThat(english.text()).contains("Target groups: Hospital in-patients, Elderly people")
			.contains("Municipalities: Frederikshavn, Hjørring");
		assertThat(visitor.page("/public/projects/" + id.value() + "?lang=en").select("main dl").text())
			.contains("Target groups Hospital in-patients, Elderly people").doesNotContain("0860", "elderly");
	}

	@Test
	void theMapTableShowsCountsPer10000AndWhiteSpots() {
		projects.register(new Projects.NewProject(unique("Musik på ungdomsafdelingen"), "Musik.", "Thisted Sygehus",
				"youth-education", Set.of("hospital-patients"), Set.of("0787"), LocalDate.of(2025, 1, 1), null, true,
				Set.of()));
		WebSession visitor = new WebSession(port);
		Document region = visitor
			.page("/public/projects/map?measure=WHITE_SPOTS&offerType=youth-education&targetGroup=hospital-patients");
		assertThat(region.select("#spread-table tbody tr")).hasSize(11);
		Element thisted = region.selectFirst("#spread-table tbody tr[data-name=Thisted]");
		assertThat(thisted.select("td").last().text()).isEqualTo("Nej");
		Element laesoe = region.selectFirst("#spread-table tbody tr[data-name=Læsø]");
		assertThat(laesoe.select("td").last().text()).isEqualTo("Ja");
		assertThat(laesoe.attr("data-value")).isEqualTo("0");
		assertThat(region.select("[data-kp-map]").attr("data-geojson")).endsWith("/geography/boundaries/1081.geojson");

		Document per = visitor.page("/public/projects/map?measure=PER_10000");
		Element a = per.selectFirst("#spread-table tbody tr[data-name=Aalborg]");
		assertThat(a.attr("data-value")).matches("\\d+(\\.\\d+)?");
		assertThat(a.select("td").get(1).text()).matches("\\d+,\\d\\d");

		Document national = visitor.page("/public/projects/map?scope=national&offerType=digital&targetGroup=young-people");
		assertThat(national.select("#spread-table tbody tr")).hasSize(98);
		assertThat(national.select("#offerType option[selected]").val()).isEqualTo("digital");
		assertThat(national.select("[data-kp-map]").attr("data-geojson")).endsWith("/geography/boundaries/all.geojson");
	}

	@Test
	void theOpenDataListsPublicProjectsAsJsonAndCsvAndIsInTheOpenApiDocument() {
		String name = unique("Åbne data-kor");
		String hidden = unique("Lukket kor");
		register(name, Set.of("0851", "0773"), true, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				123_456_00L);
		register(hidden, Set.of("0851"), false, LocalDate.of(2026, 1, 1), null, null);
		WebSession visitor = new WebSession(port);

		HttpResponse<String> json = visitor.get("/api/v1/projects?municipality=0773");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains(name, "\"municipalityCodes\":[\"0773\",\"0851\"]", "\"grantDkk\":123456.00",
				"\"startDate\":\"2026-01-01\"").doesNotContain(hidden);

		HttpResponse<String> csv = visitor.get("/api/v1/projects.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("id;name;lead_organisation;offer_type", name + ";Morsø Kommune",
				"0773 0851", "123456.00").doesNotContain(hidden);

		assertThat(visitor.get("/v3/api-docs").body()).contains("/api/v1/projects", "/api/v1/projects.csv");
	}

	@Test
	void theSpreadReportCountsTheYearsProjectsParticipantsAndGrants() {
		int year = 2019;
		SpreadReport.Figures before = report.of(year);
		ProjectId id = register(unique("Kor i 2019"), Set.of("0825"), false, LocalDate.of(2019, 3, 1),
				LocalDate.of(2019, 9, 30), 40_000_00L);
		work.addActivity(id, new ProjectWork.Editor("officer", true),
				new Activity("Korprøve", LocalDate.of(2019, 4, 2), "Byrum", false, 7));
		SpreadReport.Figures after = report.of(year);
		assertThat(after.projects() - before.projects()).isEqualTo(1);
		assertThat(after.participants() - before.participants()).isEqualTo(7);
		assertThat(after.grants().ore() - before.grants().ore()).isEqualTo(40_000_00L);
		assertThat(after.perMunicipality()).filteredOn(l -> l.code().equals("0825")).singleElement()
			.satisfies(l -> assertThat(l.projects()).isPositive());

		WebSession visitor = new WebSession(port);
		Document page = visitor.page("/public/projects/report?year=2019");
		assertThat(page.select("h1").text()).isEqualTo("Spredningsrapport 2019");
		assertThat(page.text()).contains("Læsø", "kr.");
		HttpResponse<String> pdf = visitor.get("/public/projects/report/2019.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(visitor.get("/public/projects/report?year=1800").statusCode()).isEqualTo(404);
	}
}
