package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * The attacks of the disclosure review, over HTTP as an anonymous reader would run them, on generated data with
 * overlapping and small groups: a small group leaves no trace in any table of any grouping, instrument and time
 * point, nor between two releases (the tables are identical with and without it); rows add up to the total, so no
 * row hides a remainder; growth or withdrawal below the threshold changes nothing between releases, and what changes
 * is always a whole contribution of at least the threshold.
 */
@ApplicationTest
class DisclosureAttackTests {

	static final List<String> INSTRUMENTS = List.of("WHO-5", "UCLA-3");

	static final List<String> AFTER = List.of("END", "FOLLOW_UP");

	static final List<String> GROUPINGS = List.of("offerType", "targetGroup", "municipality", "project");

	@LocalServerPort
	int port;

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	OutcomeReleases releases;

	@Autowired
	MeasurementPlans plans;

	final HttpClient http = HttpClient.newHttpClient();

	String get(String path) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Every released table of the latest release, as the API serves it, without the release's number and date. */
	Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String instrument : INSTRUMENTS) {
			for (String after : AFTER) {
				for (String grouping : GROUPINGS) {
					String json = get("/api/v1/outcomes/summary?instrument=" + instrument + "&after=" + after
							+ "&groupBy=" + grouping);
					tables.put(instrument + " " + after + " " + grouping,
							json.replaceFirst("\"release\":\\{[^}]*\\},", "").replaceFirst("\"excludedProjects\":\\d+,", ""));
				}
			}
		}
		return tables;
	}

	ProjectId project(String offerType, Set<String> targetGroups, Set<String> municipalities) {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		ProjectId id = projects.register(new Projects.NewProject("Angreb " + offerType + " " + suffix,
				"Til angrebstesten.", "Testforening", offerType, targetGroups, municipalities, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), true, Set.of("projectlead")));
		List<MeasurementPlans.Entry> plan = new ArrayList<>();
		for (String instrument : INSTRUMENTS) {
			plan.add(new MeasurementPlans.Entry(instrument, TimePoint.BASELINE, null));
			plan.add(new MeasurementPlans.Entry(instrument, TimePoint.END, null));
		}
		plan.add(new MeasurementPlans.Entry("WHO-5", TimePoint.FOLLOW_UP, 6));
		plans.replace(id, plan);
		return id;
	}

	/** Participants with WHO-5 and UCLA-3 at baseline and end (and WHO-5 at follow-up), with the given item answers. */
	List<UUID> pairs(ProjectId project, int count, int before, int after) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Participants.Participant p = participants.enrol(project, null, null, false);
			participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, List.of(before, before, before, before, i % 3));
			participants.recordPaper(p.id(), "WHO-5", TimePoint.END, List.of(after, after, after, after, i % 4));
			participants.recordPaper(p.id(), "UCLA-3", TimePoint.BASELINE, List.of(3, 3, 2));
			participants.recordPaper(p.id(), "UCLA-3", TimePoint.END, List.of(1, 2, 1));
			ids.add(p.id());
		}
		return ids;
	}

	int excluded(String json) {
		Matcher m = Pattern.compile("\"excludedProjects\":(\\d+)").matcher(json);
		assertThat(m.find()).isTrue();
		return Integer.parseInt(m.group(1));
	}

	/** The row of a key in a table: its JSON object. */
	static String row(String json, String key) {
		int at = json.indexOf("\"group\":\"" + key + "\"");
		assertThat(at).as("row " + key).isPositive();
		return json.substring(at, json.indexOf('}', at));
	}

	static Integer n(String row) {
		Matcher m = Pattern.compile("\"n\":(null|\\d+)").matcher(row);
		assertThat(m.find()).isTrue();
		return m.group(1).equals("null") ? null : Integer.parseInt(m.group(1));
	}

	static List<String> rows(String json) {
		List<String> rows = new ArrayList<>();
		Matcher m = Pattern.compile("\\{\"group\":[^}]*\\}").matcher(json);
		while (m.find()) {
			rows.add(m.group());
		}
		return rows;
	}

	@Test
	void aSmallGroupLeavesNoTraceInAnyTableOrBetweenTwoReleases() {
		// the attack: a small project beside a large one in the same municipality and target group
		String offer = "small-" + UUID.randomUUID().toString().substring(0, 6);
		ProjectId small = project(offer, Set.of("adults"), Set.of("0101"));
		ProjectId large = project("large-" + UUID.randomUUID().toString().substring(0, 6), Set.of("adults"),
				Set.of("0101"));
		pairs(large, 7, 2, 4);
		releases.publish("test");
		Map<String, String> without = tables();
		String whoBefore = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=project");
		String pageBefore = get("/public/outcomes?instrument=WHO-5&groupBy=municipality");

		pairs(small, 2, 0, 5); // 2 pairs, WHO-5 from about 0 to 100: easy to spot if anything moved
		releases.publish("test");

		// every table of every instrument, time point and grouping is the same as without the small group: no
		// difference of groupings, totals or releases can say anything about it
		assertThat(tables()).isEqualTo(without);
		String whoAfter = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=project");
		assertThat(n(row(whoAfter, small.value().toString()))).isNull();
		assertThat(n(row(whoAfter, large.value().toString()))).isEqualTo(7);
		// what a reader learns: one more project measures but has too few pairs to be in the release
		assertThat(excluded(whoAfter)).isEqualTo(excluded(whoBefore) + 1);
		// the page, under another filter, shows the same figures as before
		String pageAfter = get("/public/outcomes?instrument=WHO-5&groupBy=municipality");
		assertThat(table(pageAfter)).isEqualTo(table(pageBefore));
		assertThat(pageAfter).contains("Hvert projekt står i præcis én række");
		assertThat(get("/public/outcomes?instrument=WHO-5&groupBy=project"))
			.contains("Ingen projekter med tal i denne udgivelse");
	}

	/** The figures of the page's table (the release's number and date are outside it). */
	static String table(String html) {
		return html.substring(html.indexOf("<table"), html.indexOf("</table>"));
	}

	@Test
	void everyProjectCountsInExactlyOneRowSoRowsAddUpToTheTotal() {
		ProjectId overlapping = project("overlap-" + UUID.randomUUID().toString().substring(0, 6),
				Set.of("adults", "elderly"), Set.of("0101", "0147"));
		pairs(overlapping, 6, 2, 3);
		releases.publish("test");
		for (String instrument : INSTRUMENTS) {
			for (String after : AFTER) {
				for (String grouping : GROUPINGS) {
					String json = get("/api/v1/outcomes/summary?instrument=" + instrument + "&after=" + after
							+ "&groupBy=" + grouping);
					List<String> rows = rows(json);
					String total = rows.stream().filter(r -> r.startsWith("{\"group\":\"*total\"")).findFirst()
						.orElseThrow();
					List<String> groups = rows.stream().filter(r -> r != total).toList();
					int sum = groups.stream().map(DisclosureAttackTests::n).filter(java.util.Objects::nonNull)
						.mapToInt(Integer::intValue).sum();
					assertThat(sum).as(instrument + " " + after + " " + grouping).isEqualTo(n(total) == null ? 0 : n(total));
				}
			}
		}
		// the project in two municipalities and two target groups is in the row "several", not in each of them
		String byMunicipality = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=municipality");
		assertThat(n(row(byMunicipality, OutcomeReleases.SEVERAL))).isGreaterThanOrEqualTo(6);
		String page = get("/public/outcomes?instrument=WHO-5&groupBy=municipality");
		assertThat(page).contains("Flere kommuner");
		String byTarget = get("/public/outcomes?instrument=WHO-5&groupBy=targetGroup");
		assertThat(byTarget).contains("Flere målgrupper");
	}

	@Test
	void growthOrWithdrawalBelowTheThresholdChangesNothingBetweenReleases() {
		String offer = "grow-" + UUID.randomUUID().toString().substring(0, 6);
		ProjectId growing = project(offer, Set.of("adults"), Set.of("0101"));
		List<UUID> first = pairs(growing, 6, 2, 3);
		releases.publish("test");
		Map<String, String> r1 = tables();
		String key = growing.value().toString();

		// two more pairs: the project's contribution is not renewed, every table stays as it was
		pairs(growing, 2, 0, 5);
		releases.publish("test");
		assertThat(tables()).isEqualTo(r1);

		// three more (five new in all): renewed, and the total moves by a whole contribution of at least five
		pairs(growing, 3, 0, 5);
		releases.publish("test");
		String renewed = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=project");
		assertThat(n(row(renewed, key))).isEqualTo(11);
		int totalRenewed = n(row(renewed, "*total"));

		// one participant withdraws: re-computing would reveal that one person's scores, so the project is left out
		// until it has changed by at least the threshold; the total moves by the whole contribution of 11
		participants.withdraw(first.get(0));
		releases.publish("test");
		String afterWithdrawal = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=project");
		assertThat(n(row(afterWithdrawal, key))).isNull();
		assertThat(n(row(afterWithdrawal, "*total"))).isEqualTo(totalRenewed - 11);

		// the same participants at follow-up, but four fewer than at the end: the follow-up contribution would differ
		// from the end's by a small group, so it is not released
		ProjectId followed = project("follow-" + UUID.randomUUID().toString().substring(0, 6), Set.of("adults"),
				Set.of("0101"));
		List<UUID> ids = pairs(followed, 9, 2, 3);
		for (UUID id : ids.subList(0, 5)) {
			participants.recordPaper(id, "WHO-5", TimePoint.FOLLOW_UP, List.of(3, 3, 3, 3, 3));
		}
		releases.publish("test");
		String end = get("/api/v1/outcomes/summary?instrument=WHO-5&after=END&groupBy=project");
		String followUp = get("/api/v1/outcomes/summary?instrument=WHO-5&after=FOLLOW_UP&groupBy=project");
		assertThat(n(row(end, followed.value().toString()))).isEqualTo(9);
		assertThat(n(row(followUp, followed.value().toString()))).isNull();
	}

	@Test
	void olderReleasesStayAsTheyWereAndBadRequestsAreRefused() {
		releases.publish("test");
		String list = get("/api/v1/outcomes/releases");
		Matcher m = Pattern.compile("\"number\":(\\d+)").matcher(list);
		assertThat(m.find()).isTrue();
		int latest = Integer.parseInt(m.group(1));
		String frozen = get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=offerType&release=" + latest);
		pairs(project("later-" + UUID.randomUUID().toString().substring(0, 6), Set.of("adults"), Set.of("0101")), 6,
				1, 4);
		releases.publish("test");
		assertThat(get("/api/v1/outcomes/summary?instrument=WHO-5&groupBy=offerType&release=" + latest))
			.isEqualTo(frozen);
		assertThat(status("/api/v1/outcomes/summary?groupBy=nonsense")).isEqualTo(400);
		assertThat(status("/api/v1/outcomes/summary?after=SOMETIME")).isEqualTo(400);
		assertThat(status("/api/v1/outcomes/summary?release=99999")).isEqualTo(404);
	}

	int status(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
