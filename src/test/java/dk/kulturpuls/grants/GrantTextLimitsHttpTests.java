package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Money;

/**
 * Issue 14, point 6, for grant reports: an answer over its limit is named with a translated message, kept in the
 * form, and not saved, not even as a draft.
 */
@ApplicationTest
class GrantTextLimitsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	Grants grants;

	@Test
	void aReportAnswerOverItsLimitIsNamedKeptAndNotSaved() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(300_000), Money.ofKroner(200_000), null);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String path = "/applicant/grants/" + granted.grantId();
		assertThat(grantee.post(path + "/accept", grantee.page(path), Map.of("acceptConditions", "true")).statusCode())
			.isEqualTo(302);
		Grants.ObligationView status = grants.obligations(granted.grantId()).stream()
			.filter(o -> o.kind() == ObligationKind.STATUS_REPORT).findFirst().orElseThrow();
		String report = path + "/reports/" + status.id();
		Document form = grantee.page(report);
		assertThat(form.selectFirst("#done").attr("maxlength")).isEqualTo("20000");

		String tooLong = "a".repeat(20_001);
		HttpResponse<String> answer = grantee.post(report, form, Map.of("done", tooLong, "nextSteps", "Udstilling",
				"action", "save"));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(answer.body());
		assertThat(errors.select("#error-summary li").eachText())
			.containsExactly("Teksten er for lang. Skriv højst 20.000 tegn.");
		assertThat(errors.selectFirst("#done-error").text()).contains("Skriv højst 20.000 tegn.");
		assertThat(errors.selectFirst("#done").text()).as("kept in the form").isEqualTo(tooLong);
		Document again = grantee.page(report);
		assertThat(again.selectFirst("#done").text()).as("not saved as a draft").isEmpty();
		assertThat(again.selectFirst("#nextSteps").text()).isEmpty();
	}
}
