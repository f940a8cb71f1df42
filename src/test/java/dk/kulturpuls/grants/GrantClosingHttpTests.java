package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.knowledge.KnowledgeBase;
import dk.kulturpuls.knowledge.PublicationKind;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.projects.ProjectStatus;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * Closing: a grant closes when its final report and accounts are approved and its instalments are paid, whichever
 * comes last; its project (linked by the granted application's id) becomes "Afsluttet" with the final report's
 * results; the final report the grantee allowed is published in the knowledge base on the project; after closing no
 * report is taken.
 */
@ApplicationTest
class GrantClosingHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	Grants grants;

	@Autowired
	Projects projects;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	AuditTrail audit;

	@Test
	void theLastStepClosesTheGrantCompletesItsProjectAndPublishesTheFinalReport() {
		// a small pool's grant: one instalment at acceptance, released by one officer
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(24_000), Money.ofKroner(20_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		steps.release("officer", granted.grantId(), 1);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String path = "/applicant/grants/" + granted.grantId();

		String finalId = obligation(granted, ObligationKind.FINAL_REPORT).id().toString();
		String finalReport = path + "/reports/" + finalId;
		assertThat(grantee.post(finalReport, grantee.page(finalReport), Map.of("done", "Otte korworkshops på biblioteket",
				"results", "Deltagerne fortalte om mere overskud i hverdagen", "participants", "36", "publish", "true",
				"action", "submit")).statusCode()).isEqualTo(302);
		String finalReview = "/officer/grants/" + granted.grantId() + "/reports/" + finalId;
		assertThat(officer.page(finalReview).select("#report-publish").text()).isEqualTo("Ja");
		officer.post(finalReview + "/approve", officer.page(finalReview), Map.of());

		String accounts = path + "/accounts/" + obligation(granted, ObligationKind.ACCOUNTS).id();
		Document form = grantee.page(accounts);
		String amount = form.select("#accounts-table input[name^=a-]").attr("name");
		assertThat(grantee.post(accounts, form, Map.of(amount, "20.000", "signer", "Anne Kasserer", "sworn", "true",
				"action", "submit")).statusCode()).isEqualTo(302);
		String review = "/officer/grants/" + granted.grantId() + "/accounts/"
				+ obligation(granted, ObligationKind.ACCOUNTS).id();
		officer.post(review + "/approve", officer.page(review), Map.of());
		assertThat(grants.find(granted.grantId()).orElseThrow().status()).as("the instalment is not paid yet")
			.isEqualTo(GrantStatus.ACTIVE);

		// paying the last instalment is the last step
		UUIDs paid = new UUIDs(grants.instalments(granted.grantId()).stream().map(Grants.InstalmentView::id).toList());
		assertThat(steps.markPaid("officer", paid.ids())).isEqualTo(1);
		assertThat(grants.find(granted.grantId()).orElseThrow().status()).isEqualTo(GrantStatus.CLOSED);
		Document closed = grantee.page(path);
		assertThat(closed.select("#grant-status").text()).isEqualTo("Afsluttet");
		assertThat(closed.select("#grant-closed").text()).contains("Bevillingen er afsluttet");

		ProjectView project = projects.all().stream().filter(p -> p.name().equals(granted.title())).findFirst()
			.orElseThrow();
		assertThat(projects.hasGrant(granted.applicationId())).as("linked by id").isTrue();
		assertThat(project.status()).isEqualTo(ProjectStatus.COMPLETED);
		List<KnowledgeBase.PublicationView> reports = knowledge.all().stream()
			.filter(p -> project.id().value().equals(p.projectId())).toList();
		assertThat(reports).singleElement().satisfies(p -> {
			assertThat(p.title()).isEqualTo("Slutrapport: " + granted.title());
			assertThat(p.kind()).isEqualTo(PublicationKind.PROJECT_REPORT);
			assertThat(p.summary()).contains("Otte korworkshops på biblioteket")
				.contains("mere overskud i hverdagen");
			assertThat(p.publiclyVisible()).isTrue();
		});
		assertThat(audit.eventsFor("grant", granted.grantId().toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("closed");

		// nothing more is reported after closing, and closing again changes nothing
		assertThat(grantee.post(finalReport, grantee.page(finalReport), Map.of("done", "Mere", "action", "save"))
			.body()).contains("Bevillingen er ikke længere i gang");
		assertThat(steps.markPaid("officer", paid.ids())).isZero();
		assertThat(knowledge.all().stream().filter(p -> project.id().value().equals(p.projectId()))).hasSize(1);
	}

	private record UUIDs(List<java.util.UUID> ids) {
	}

	private Grants.ObligationView obligation(GrantFixture.Granted granted, ObligationKind kind) {
		return grants.obligations(granted.grantId()).stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
	}
}
