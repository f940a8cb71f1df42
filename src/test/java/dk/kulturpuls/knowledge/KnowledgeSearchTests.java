package dk.kulturpuls.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;

/**
 * Danish full-text search over titles, summaries and file text; facets, snippets, sorting and "more like this";
 * internal publications never reach the public, neither in results nor in counts.
 */
@ApplicationTest
class KnowledgeSearchTests {

	@Autowired
	KnowledgeBase knowledge;

	@LocalServerPort
	int port;

	static String marker() {
		return "mrk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	UUID publish(String title, String summary, boolean publiclyVisible, Set<String> municipalities, int year,
			byte[] file) {
		return knowledge.publish(new KnowledgeBase.NewPublication(title, summary, PublicationKind.PROJECT_REPORT,
				"health-promoting-courses", Set.of("mental-health"), municipalities, "MUSIC", null, year,
				publiclyVisible), file == null ? null : new KnowledgeBase.Upload("rapport.pdf", file), "officer");
	}

	KnowledgeBase.Result search(String text, Audience audience) {
		return knowledge.search(new KnowledgeBase.Query(text, Map.of(), null, 0), audience);
	}

	@Test
	void anInflectedDanishWordFindsTheTextOfTheUploadedFileWithAHighlightedSnippet() {
		String marker = marker();
		UUID id = publish("Slutrapport " + marker, "Et forløb med musik.", true, Set.of("0851"), 2025,
				TestDocuments.pdf("Projektet blev gennemfort i samarbejde med en kommune " + marker + "."));

		KnowledgeBase.Result result = search("kommunerne " + marker, Audience.PUBLIC);

		assertThat(result.total()).isEqualTo(1);
		assertThat(result.hits().getFirst().publication().id()).isEqualTo(id);
		assertThat(result.hits().getFirst().snippet()).contains("<mark>kommune</mark>");
		assertThat(search("kulturhus " + marker, Audience.PUBLIC).total()).isZero();
	}

	@Test
	void internalPublicationsAreNeverInPublicResultsOrCounts() {
		String marker = marker();
		UUID open = publish("Offentlig rapport " + marker, "Om trivsel.", true, Set.of("0851"), 2025, null);
		UUID internal = publish("Intern rapport " + marker, "Om trivsel, internt.", false, Set.of("0860"), 2024,
				null);

		KnowledgeBase.Result publicResult = search(marker, Audience.PUBLIC);
		assertThat(publicResult.total()).isEqualTo(1);
		assertThat(publicResult.hits()).extracting(h -> h.publication().id()).containsExactly(open);
		assertThat(publicResult.facets().get("municipality")).extracting(KnowledgeBase.FacetValue::value)
			.containsExactly("0851");
		assertThat(publicResult.facets().get("year")).extracting(KnowledgeBase.FacetValue::value)
			.containsExactly("2025");

		KnowledgeBase.Result staffResult = search(marker, Audience.STAFF);
		assertThat(staffResult.total()).isEqualTo(2);
		assertThat(staffResult.hits()).extracting(h -> h.publication().id()).contains(open, internal);

		assertThat(knowledge.find(internal, Audience.PUBLIC)).isEmpty();
		assertThat(knowledge.find(internal, Audience.STAFF)).isPresent();
		assertThat(knowledge.moreLikeThis(open, Audience.PUBLIC, 10)).extracting(KnowledgeBase.PublicationView::id)
			.doesNotContain(internal);
	}

	@Test
	void facetsCountAndFilterByMunicipality() {
		String marker = marker();
		publish("A " + marker, "Musik.", true, Set.of("0851", "0840"), 2025, null);
		publish("B " + marker, "Musik.", true, Set.of("0851"), 2024, null);
		publish("C " + marker, "Musik.", true, Set.of("0860"), 2024, null);

		KnowledgeBase.Result all = search(marker, Audience.PUBLIC);
		assertThat(all.facets().get("municipality")).containsExactlyInAnyOrder(
				new KnowledgeBase.FacetValue("0851", 2, false), new KnowledgeBase.FacetValue("0840", 1, false),
				new KnowledgeBase.FacetValue("0860", 1, false));

		KnowledgeBase.Result filtered = knowledge.search(
				new KnowledgeBase.Query(marker, Map.of("municipality", List.of("0851")), KnowledgeBase.Sort.TITLE, 0),
				Audience.PUBLIC);
		assertThat(filtered.total()).isEqualTo(2);
		assertThat(filtered.hits()).extracting(h -> h.publication().title()).containsExactly("A " + marker,
				"B " + marker);
		assertThat(filtered.facets().get("year")).contains(new KnowledgeBase.FacetValue("2024", 1, false),
				new KnowledgeBase.FacetValue("2025", 1, false));
	}

	@Test
	void theSecondPageKnowsTheTotalAndTheCountsOfEveryMatch() {
		String marker = marker();
		for (int i = 0; i < 23; i++) {
			publish("Rapport %02d %s".formatted(i, marker), "Kor og trivsel.", true, Set.of("0851"), i < 13 ? 2025 : 2024,
					null);
		}
		publish("Intern rapport " + marker, "Kor og trivsel.", false, Set.of("0851"), 2025, null);

		KnowledgeBase.Result second = knowledge.search(
				new KnowledgeBase.Query("koret " + marker, Map.of(), KnowledgeBase.Sort.TITLE, 1), Audience.PUBLIC);

		assertThat(second.total()).isEqualTo(23);
		assertThat(second.pages()).isEqualTo(2);
		assertThat(second.hits()).extracting(h -> h.publication().title())
			.containsExactly("Rapport 20 " + marker, "Rapport 21 " + marker, "Rapport 22 " + marker);
		assertThat(second.facets().get("year")).containsExactly(new KnowledgeBase.FacetValue("2025", 13, false),
				new KnowledgeBase.FacetValue("2024", 10, false));
		assertThat(second.facets().get("kind"))
			.containsExactly(new KnowledgeBase.FacetValue("PROJECT_REPORT", 23, false));

		KnowledgeBase.Result farBeyond = knowledge.search(
				new KnowledgeBase.Query("koret " + marker, Map.of(), KnowledgeBase.Sort.TITLE, Integer.MAX_VALUE),
				Audience.PUBLIC);
		assertThat(farBeyond.total()).isEqualTo(23);
		assertThat(farBeyond.page()).as("a page past the end shows the last page").isEqualTo(1);
		assertThat(farBeyond.hits()).extracting(h -> h.publication().title())
			.containsExactly("Rapport 20 " + marker, "Rapport 21 " + marker, "Rapport 22 " + marker);

		KnowledgeBase.Result in2024 = knowledge.search(new KnowledgeBase.Query(marker,
				Map.of("year", List.of("2024"), "municipality", List.of("0851")), KnowledgeBase.Sort.RELEVANCE, 0),
				Audience.STAFF);
		assertThat(in2024.total()).isEqualTo(10);
		assertThat(in2024.hits()).hasSize(10);
		assertThat(in2024.facets().get("year")).containsExactly(new KnowledgeBase.FacetValue("2024", 10, true));
	}

	@Test
	void sortsByYearAndTitle() {
		String marker = marker();
		publish("Bølger " + marker, "Tekst.", true, Set.of(), 2023, null);
		publish("anemoner " + marker, "Tekst.", true, Set.of(), 2026, null);
		publish("Cikader " + marker, "Tekst.", true, Set.of(), 2024, null);

		assertThat(knowledge.search(new KnowledgeBase.Query(marker, Map.of(), KnowledgeBase.Sort.NEWEST, 0),
				Audience.PUBLIC).hits()).extracting(h -> h.publication().year()).containsExactly(2026, 2024, 2023);
		assertThat(knowledge.search(new KnowledgeBase.Query(marker, Map.of(), KnowledgeBase.Sort.TITLE, 0),
				Audience.PUBLIC).hits()).extracting(h -> h.publication().title().substring(0, 1))
			.containsExactly("a", "B", "C");
	}

	@Test
	void moreLikeThisFindsPublicationsOnTheSameSubject() {
		String marker = marker();
		String subject = marker + "korsang";
		UUID source = publish("Korsang på plejehjem " + subject, "Beboere synger i kor og " + subject
				+ " giver fællesskab og trivsel for ældre på plejehjem.", true, Set.of(), 2025, null);
		UUID similar = publish("Fællessang for ældre " + subject, "Ældre på plejehjem synger sammen; "
				+ subject + " og fællesskab.", true, Set.of(), 2024, null);
		UUID hidden = publish("Intern korsang " + subject, "Korsang på plejehjem " + subject + " internt.", false,
				Set.of(), 2024, null);

		assertThat(knowledge.moreLikeThis(source, Audience.PUBLIC, 5))
			.extracting(KnowledgeBase.PublicationView::id).contains(similar).doesNotContain(source, hidden);
		assertThat(knowledge.moreLikeThis(source, Audience.STAFF, 5))
			.extracting(KnowledgeBase.PublicationView::id).contains(similar, hidden);
	}

	@Test
	void thePublicGetsNotFoundForAnInternalPublicationAndItsFileAndCannotReachTheOfficerPages() throws Exception {
		String marker = marker();
		UUID internal = publish("Intern " + marker, "Internt notat.", false, Set.of(), 2025,
				TestDocuments.pdf("Fortroligt " + marker));
		UUID open = publish("Offentlig " + marker, "Offentligt.", true, Set.of(), 2025,
				TestDocuments.pdf("Offentligt " + marker));
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		assertThat(get(http, "/public/knowledge/" + internal).statusCode()).isEqualTo(404);
		assertThat(get(http, "/public/knowledge/" + internal + "/file").statusCode()).isEqualTo(404);
		HttpResponse<String> page = get(http, "/public/knowledge?q=" + marker);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Offentlig " + marker).doesNotContain("Intern " + marker);
		HttpResponse<String> file = get(http, "/public/knowledge/" + open + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.body()).startsWith("%PDF");
		assertThat(get(http, "/officer/knowledge/" + internal).statusCode()).isIn(302, 401, 403);
		assertThat(get(http, "/officer/knowledge?q=" + marker).statusCode()).isIn(302, 401, 403);
	}

	HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theNamesOfTargetGroupsOfferTypesArtFormsAndMunicipalitiesAreSearchedAsWords() throws Exception {
		String marker = marker();
		UUID elderly = knowledge.publish(new KnowledgeBase.NewPublication("Sang og fællesskab " + marker,
				"Et forløb på plejehjemmet.", PublicationKind.PROJECT_REPORT, null, Set.of("elderly"), Set.of("0860"),
				"MUSIC", null, 2025, true), null, "officer");
		UUID anxious = knowledge.publish(new KnowledgeBase.NewPublication("Kunst på recept " + marker,
				"Et kursus.", PublicationKind.EVALUATION, null, Set.of("mental-health"), Set.of("0851"), null, null,
				2024, true), null, "officer");

		// "Ældre", "Borgere med stress, angst eller depression", "Hjørring" and the art form "Musik" are the names
		// the facets show; typed in lower case and inflected they find the publications
		assertThat(search("ældre " + marker, Audience.PUBLIC).hits()).extracting(h -> h.publication().id())
			.containsExactly(elderly);
		assertThat(search("depression angst " + marker, Audience.PUBLIC).hits()).extracting(h -> h.publication().id())
			.containsExactly(anxious);
		assertThat(search("hjørring " + marker, Audience.PUBLIC).hits()).extracting(h -> h.publication().id())
			.containsExactly(elderly);
		assertThat(search("musik " + marker, Audience.PUBLIC).hits()).extracting(h -> h.publication().id())
			.containsExactly(elderly);
		assertThat(search("elderly " + marker, Audience.PUBLIC).hits()).extracting(h -> h.publication().id())
			.containsExactly(elderly);

		// the search form leaves the order to the default, so typed words are sorted by relevance
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + port + "/public/knowledge?q=%C3%A6ldre+" + marker)).build(),
				HttpResponse.BodyHandlers.ofString());
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page.body());
		assertThat(form.selectFirst("#sort option[selected]").val()).isEmpty();
		assertThat(form.select("main a:contains(" + marker + ")")).hasSize(1);
	}
}
