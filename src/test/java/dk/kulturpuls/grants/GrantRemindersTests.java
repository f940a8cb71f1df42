package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.Money;

/**
 * Reminders of a grant's obligations: one mail 14 days before the due date and one 7 days after it while nothing is
 * submitted, each once however often and on however many nodes the job runs; a submitted report is not reminded of.
 */
@ApplicationTest
class GrantRemindersTests {

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	GrantReports reports;

	@Autowired
	GrantReminders reminders;

	@Autowired
	Grants grants;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailer mailer;

	@Test
	void aReportIsRemindedOfOnceBeforeAndOnceAfterItsDueDate() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(260_000), Money.ofKroner(200_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		String email = accounts.find(granted.applicant()).orElseThrow().email();
		Grants.ObligationView status = grants.obligations(granted.grantId()).stream()
			.filter(o -> o.kind() == ObligationKind.STATUS_REPORT).findFirst().orElseThrow();
		LocalDate due = status.dueDate();

		reminders.send(due.minusDays(15));
		assertThat(statusMails(email)).as("too early").isEmpty();

		// two nodes run the job at the same moment: one mail
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> reminders.send(due.minusDays(14))),
				CompletableFuture.runAsync(() -> reminders.send(due.minusDays(14)))).join();
		reminders.send(due.minusDays(3));
		assertThat(statusMails(email)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Påmindelse: Statusrapport 1 for \"" + granted.title() + "\" senest "
					+ dk.kulturpuls.platform.Formats.date(due));
			assertThat(mail.body()).contains("/applicant/grants/" + granted.grantId());
		});

		reminders.send(due.plusDays(6));
		assertThat(statusMails(email)).as("not yet a week late").hasSize(1);
		reminders.send(due.plusDays(7));
		reminders.send(due.plusDays(8));
		assertThat(statusMails(email)).hasSize(2)
			.anySatisfy(mail -> assertThat(mail.subject()).startsWith("Fristen er overskredet: Statusrapport 1"));

		// the final report, once submitted, is not reminded of
		Grants.ObligationView last = grants.obligations(granted.grantId()).stream()
			.filter(o -> o.kind() == ObligationKind.FINAL_REPORT).findFirst().orElseThrow();
		reports.save(granted.applicant(), granted.grantId(), last.id(), new GrantReports.ReportForm("Gennemført", "",
				"Mere trivsel", "30", "", false), true);
		reminders.send(last.dueDate().minusDays(1));
		assertThat(mailer.to(email)).noneMatch(m -> m.subject().contains("Slutrapport"));
	}

	private List<Mailer.Mail> statusMails(String email) {
		return mailer.to(email).stream().filter(m -> m.subject().contains("Statusrapport 1")).toList();
	}
}
