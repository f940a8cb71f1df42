package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;

/**
 * Retention: a grant given back more than five years ago is listed for deletion, a recent one is not; the officer
 * confirms, the grant's reports are deleted and the grant stays; deleting twice is told.
 */
@ApplicationTest
class GrantRetentionHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	GrantReports reports;

	@Autowired
	GrantRetention retention;

	@Autowired
	Grants grants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void aGrantEndedFiveYearsAgoIsListedAndItsDocumentsDeletedOnConfirmation() {
		GrantFixture.Granted old = fixture.grant(Money.ofKroner(290_000), Money.ofKroner(200_000), null);
		GrantFixture.Granted recent = fixture.grant(Money.ofKroner(291_000), Money.ofKroner(200_000), null);
		for (GrantFixture.Granted g : java.util.List.of(old, recent)) {
			steps.accept(g.applicant(), g.grantId(), true);
			Grants.ObligationView status = grants.obligations(g.grantId()).stream()
				.filter(o -> o.kind() == ObligationKind.STATUS_REPORT).findFirst().orElseThrow();
			reports.save(g.applicant(), g.grantId(), status.id(), new GrantReports.ReportForm("Tre workshops", "",
					"", "12", "Koncert", false), false);
			steps.giveBack(g.applicant(), g.grantId(), "Lokalerne lukkede");
		}
		jdbc.sql("update grants_grant set status_changed_at = :at where id = :g")
			.param("at", Timestamp.valueOf(LocalDate.now().minusYears(5).minusDays(2).atStartOfDay()))
			.param("g", old.grantId()).update();

		retention.list(LocalDate.now());
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document page = officer.page("/officer/grants/retention");
		assertThat(page.select("#retention").text()).contains(old.title()).doesNotContain(recent.title());
		assertThat(WebSession.loggedIn(port, "reviewer", "demo").get("/officer/grants/retention").statusCode())
			.isEqualTo(403);

		String delete = "/officer/grants/retention/" + old.grantId() + "/delete";
		assertThat(officer.post(delete, page, Map.of()).statusCode()).isEqualTo(302);
		assertThat(officer.page("/officer/grants/retention").select("[role=status]").text())
			.contains("Dokumenterne er slettet");
		assertThat(reportsOf(old)).isZero();
		assertThat(reportsOf(recent)).as("the recent grant keeps its report").isOne();
		assertThat(grants.find(old.grantId())).as("the grant stays").isPresent();
		officer.post(delete, page, Map.of());
		assertThat(officer.page("/officer/grants/retention").select("#retention-error").text())
			.contains("allerede slettet");
		assertThat(audit.eventsFor("grant", old.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("listed for deletion", "documents deleted");
	}

	private long reportsOf(GrantFixture.Granted g) {
		return jdbc.sql("""
				select count(*) from grants_report r join grants_obligation o on o.id = r.obligation_id
				where o.grant_id = :g""").param("g", g.grantId()).query(Long.class).single();
	}
}
