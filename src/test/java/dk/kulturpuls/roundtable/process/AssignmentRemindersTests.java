package dk.kulturpuls.roundtable.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.OrganisationType;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Sector;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopTheme;

/**
 * Reminders about assignments: days before the due date, once when overdue, each exactly once (also when runs
 * overlap), to a person or to every contact person of an organisation, and none for delivered assignments.
 */
@ApplicationTest
class AssignmentRemindersTests {

	static final LocalDate DUE = LocalDate.of(2031, 5, 20);

	@Autowired
	AssignmentReminders reminders;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Organisations organisations;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	record Setup(UUID process, UUID workshop, OrganisationId organisation, UUID contact, String email,
			String username) {
	}

	Setup setup() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID process = roundtables.create("Påmindelsesforløb " + suffix, "At prøve påmindelser af.", 2031, 2031);
		OrganisationId organisation = organisations.register(new Organisations.NewOrganisation(
				"Påmindelseshus " + suffix, OrganisationType.CULTURAL_INSTITUTION, Sector.CULTURE, null, null));
		String email = "ejer-" + suffix + "@test.kulturpuls.invalid";
		String username = "ejer-" + suffix;
		UUID contact = organisations.addContact(organisation, "Eja Ejer " + suffix, null, email, username);
		roundtables.addActor(process, organisation, SystemLevel.MICRO, 3, 3, null, null, true);
		UUID workshop = roundtables.planWorkshop(process, 2031, "Workshop " + suffix, LocalDate.of(2031, 4, 1),
				"Aalborg", WorkshopTheme.CHALLENGE_ASSUMPTIONS, null);
		return new Setup(process, workshop, organisation, contact, email, username);
	}

	@Test
	void remindsTheOwnerDaysBeforeTheDueDateAndOnceWhenOverdue() {
		Setup s = setup();
		roundtables.assign(s.workshop(), "Skriv en side om jeres erfaringer", s.contact(), null, DUE);

		reminders.send(DUE.minusDays(reminders.daysBefore() + 1), s.process());
		assertThat(mailer.to(s.email())).as("too early").isEmpty();

		AssignmentReminders.Result result = reminders.send(DUE.minusDays(reminders.daysBefore()), s.process());
		assertThat(result.sent()).isEqualTo(1);
		assertThat(mailer.to(s.email())).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).contains("har frist 20.05.2031");
			assertThat(mail.body()).contains("Skriv en side om jeres erfaringer").contains("/roundtable");
		});

		reminders.send(DUE.minusDays(1), s.process());
		reminders.send(DUE, s.process());
		assertThat(mailer.to(s.email())).as("the due-soon reminder goes once").hasSize(1);

		assertThat(reminders.send(DUE.plusDays(1), s.process()).sent()).isEqualTo(1);
		reminders.send(DUE.plusDays(8), s.process());
		assertThat(mailer.to(s.email())).hasSize(2)
			.anySatisfy(mail -> assertThat(mail.subject()).contains("over fristen"));
		assertThat(reminders.sent(500)).filteredOn(r -> r.recipients().equals(s.email()))
			.extracting(AssignmentReminders.SentReminder::kind)
			.containsExactlyInAnyOrder(ReminderKind.DUE_SOON, ReminderKind.OVERDUE);
	}

	@Test
	void aContactPersonWhoReadsEnglishIsRemindedInEnglish() {
		Setup s = setup();
		String email = "english-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kulturpuls.invalid";
		UUID contact = organisations.addContact(s.organisation(), "Emma English", null, email, null, Locale.ENGLISH);
		roundtables.assign(s.workshop(), "Write a page about your experience", contact, null, DUE);

		reminders.send(DUE.minusDays(reminders.daysBefore()), s.process());

		assertThat(mailer.to(email)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Reminder: your roundtable assignment is due on 20.05.2031");
			assertThat(mail.body()).startsWith("Dear Emma English").contains("Write a page about your experience");
		});
		assertThat(mailer.to(s.email())).as("the Danish owner of another assignment is not involved").isEmpty();
	}

	@Test
	void anAssignmentFoundOverdueGetsOnlyTheOverdueReminder() {
		Setup s = setup();
		roundtables.assign(s.workshop(), "Send et billede", s.contact(), null, DUE);
		reminders.send(DUE.plusDays(3), s.process());
		assertThat(mailer.to(s.email())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains("over fristen"));
	}

	@Test
	void remindsEveryContactPersonOfAnOwningOrganisation() {
		Setup s = setup();
		String second = "kollega-" + UUID.randomUUID().toString().substring(0, 8) + "@test.kulturpuls.invalid";
		organisations.addContact(s.organisation(), "Kim Kollega", null, second, null);
		organisations.addContact(s.organisation(), "Uden Adresse", null, null, null);
		roundtables.assign(s.workshop(), "Organisationens opgave", null, s.organisation().value(), DUE);

		reminders.send(DUE.minusDays(2), s.process());

		assertThat(mailer.to(s.email())).hasSize(1);
		assertThat(mailer.to(second)).singleElement()
			.satisfies(mail -> assertThat(mail.body()).startsWith("Kære Kim Kollega"));
	}

	@Test
	void aDeliveredAssignmentIsNotReminded() {
		Setup s = setup();
		UUID assignment = roundtables.assign(s.workshop(), "Allerede afleveret", s.contact(), null, DUE);
		roundtables.deliver(assignment, s.username(), "Her er den", null, null, null);

		reminders.send(DUE.plusDays(1), s.process());

		assertThat(mailer.to(s.email())).isEmpty();
	}

	@Test
	void overlappingRunsSendEachReminderExactlyOnce() throws Exception {
		Setup s = setup();
		UUID assignment = roundtables.assign(s.workshop(), "Én påmindelse", s.contact(), null, DUE);
		int runs = 6;
		ExecutorService pool = Executors.newFixedThreadPool(runs);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<AssignmentReminders.Result>> results = new ArrayList<>();
		try {
			for (int i = 0; i < runs; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return reminders.send(DUE.minusDays(1), s.process());
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<AssignmentReminders.Result> result : results) {
				sent += result.get().sent();
			}
			assertThat(sent).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(mailer.to(s.email())).hasSize(1);
		assertThat(jdbc.sql("select count(*) from roundtable_assignment_reminder where assignment_id = :a")
			.param("a", assignment).query(Integer.class).single()).isEqualTo(1);
	}
	/**
	 * Two nodes start the daily job at once. Node A's run is held up at this assignment's reminder (another
	 * transaction has claimed it and not committed); node B's run does not wait for it but returns at once, because
	 * node A holds the job's lock (ShedLock, in PostgreSQL). Without the lock node B would stop at the same claim.
	 */
	@Test
	void theDailyJobRunsOnOneNodeWhileTheOtherSkipsIt() throws Exception {
		Setup s = setup();
		LocalDate today = LocalDate.now(clock);
		UUID assignment = roundtables.assign(s.workshop(), "Én kørsel ad gangen", s.contact(), null,
				today.plusDays(1));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement claim = other.prepareStatement("""
					insert into roundtable_assignment_reminder (id, assignment_id, kind, sent_at, recipients)
					values (?, ?, 'DUE_SOON', now(), 'held up')""")) {
				claim.setObject(1, UUID.randomUUID());
				claim.setObject(2, assignment);
				claim.executeUpdate();
			}
			Future<?> nodeA = nodes.submit(reminders::daily);
			await().atMost(Duration.ofSeconds(30)).until(() -> runsWaitingAtAClaim() == 1);

			Future<?> nodeB = nodes.submit(reminders::daily);
			nodeB.get(30, TimeUnit.SECONDS);
			assertThat(nodeA).as("node A is still held up").isNotDone();
			assertThat(runsWaitingAtAClaim()).as("node B did not reach the claim").isEqualTo(1);

			other.rollback();
			nodeA.get(30, TimeUnit.SECONDS);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(mailer.to(s.email())).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("Én kørsel ad gangen"));
	}

	int runsWaitingAtAClaim() {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%into roundtable_assignment_reminder%'
				and pid <> pg_backend_pid()""")
			.query(Integer.class).single();
	}
}
