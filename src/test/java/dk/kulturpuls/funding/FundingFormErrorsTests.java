package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * The officer's, the reviewer's and the committee's forms sent with nothing chosen: each answers with the form, its
 * translated error and what was typed, never with a server error.
 */
@ApplicationTest
class FundingFormErrorsTests {

	@LocalServerPort
	int port;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	Reviews reviews;

	static Document parse(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	@Test
	void screeningWithNothingChosenShowsTheFormWithItsErrorAndTheText() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		UUID id = setup.applications().getFirst();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/applications/" + id);
		Document answer = parse(officer.post("/officer/applications/" + id + "/screen", page,
				Map.of("text", "Mangler budget")));
		assertThat(answer.selectFirst("#error-summary").text()).contains("Vælg");
		assertThat(answer.selectFirst("#screening-text").text()).isEqualTo("Mangler budget");
		Document nothing = parse(officer.post("/officer/applications/" + id + "/screen", page, Map.of()));
		assertThat(nothing.selectFirst("#error-summary")).isNotNull();
	}

	@Test
	void aDeclarationWithNothingChosenShowsTheFormWithItsErrorAndTheNote() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID application = setup.applications().getFirst();
		String member = fixture.reviewer(Role.COMMITTEE);
		reviews.assign(application, member, "officer");
		UUID assignment = reviews.forApplication(application).stream().filter(a -> a.reviewer().equals(member))
			.findFirst().orElseThrow().id();
		WebSession session = WebSession.loggedIn(port, member, "secret-" + member);
		String path = "/committee/reviews/" + assignment;
		Document page = session.page(path);
		Document answer = parse(session.post(path + "/declaration", page, Map.of("note", "Jeg kender formanden")));
		assertThat(answer.selectFirst("#error-summary").text()).isNotBlank();
		assertThat(answer.selectFirst("#note").text()).isEqualTo("Jeg kender formanden");
		Document english = parse(session.post(path + "/declaration?lang=en", page, Map.of()));
		assertThat(english.selectFirst("#error-summary").text()).isNotBlank().doesNotContain("review.error");
	}

	@Test
	void aDecisionWithNothingChosenShowsTheFormWithItsErrorAndWhatWasTyped() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		UUID id = setup.applications().getFirst();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String path = "/officer/applications/" + id + "/decision";
		Document page = officer.page(path);
		Document answer = parse(officer.post(path, page, Map.of("reason", "Godt projekt", "conditions", "Rapport")));
		assertThat(answer.selectFirst("#error-summary").text()).contains("Vælg");
		assertThat(answer.text()).contains("Godt projekt");
		assertThat(parse(officer.post(path, page, Map.of())).selectFirst("#error-summary")).isNotNull();
	}

	@Test
	void anAssignmentWithNothingChosenShowsTheBoardWithItsError() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(500_000), null, Money.ofKroner(100_000));
		fixture.screenEligible(setup);
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String board = "/officer/calls/" + setup.call().id().value() + "/reviews";
		Document page = officer.page(board);
		HttpResponse<String> assign = officer.post(board + "/assign", page, Map.of());
		assertThat(assign.statusCode()).isIn(200, 302);
		Document answer = assign.statusCode() == 302 ? officer.page(board) : Jsoup.parse(assign.body());
		assertThat(answer.selectFirst("#error-summary, .alert-error").text()).isNotBlank();
		HttpResponse<String> batch = officer.post(board + "/batch", page, Map.of());
		assertThat(batch.statusCode()).isIn(200, 302);
		HttpResponse<String> organisation = officer.post(board + "/organisation", page, Map.of());
		assertThat(organisation.statusCode()).isIn(200, 302);
		HttpResponse<String> settings = officer.post(board + "/settings", page, Map.of());
		assertThat(settings.statusCode()).isIn(200, 302);
	}
}
