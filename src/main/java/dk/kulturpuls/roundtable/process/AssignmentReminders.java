package dk.kulturpuls.roundtable.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Organisations.Contact;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mail reminders about open assignments: one some days before the due date
 * ({@code kulturpuls.roundtable.reminders.days-before}, default 3) and one when the assignment is overdue. Owners
 * are the contact person, or every contact person with an e-mail address of the owning organisation.
 * <p>
 * Each reminder is mailed exactly once per assignment and kind, also with several nodes running the job: a row is
 * inserted with {@code on conflict do nothing} on the unique (assignment, kind) key, and only the transaction that
 * inserted it writes the mails to the outbox, in the same transaction (a second node waits for the first one's row
 * lock and then inserts nothing). The scheduled daily run also holds ShedLock's lock, so with several nodes it runs
 * on one at a time; the unique key still guards runs started by hand.
 */
@Service
public class AssignmentReminders {

	private static final Logger log = LoggerFactory.getLogger(AssignmentReminders.class);

	/** What a run did: reminders sent, and assignments due for one whose owners have no e-mail address. */
	public record Result(int sent, int withoutAddress) {
	}

	/** A reminder that was sent. */
	public record SentReminder(UUID assignmentId, ReminderKind kind, Instant sentAt, String recipients, String task,
			LocalDate dueDate, String process, UUID workshopId) {
	}

	private record Due(UUID id, String task, LocalDate dueDate, UUID ownerContact, UUID ownerOrganisation,
			String process, String workshop) {
	}

	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final Organisations organisations;
	private final Accounts accounts;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final int daysBefore;
	private final PublicUrl publicUrl;

	AssignmentReminders(JdbcClient jdbc, Mailer mailer, Organisations organisations, Accounts accounts,
			MessageSource messages,
			AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${kulturpuls.roundtable.reminders.days-before:3}") int daysBefore,
			PublicUrl publicUrl) {
		if (daysBefore < 0) {
			throw new IllegalArgumentException("kulturpuls.roundtable.reminders.days-before must not be negative");
		}
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.organisations = organisations;
		this.accounts = accounts;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.daysBefore = daysBefore;
		this.publicUrl = publicUrl;
	}

	/** The daily run (by default 07:00 Copenhagen time). */
	@Scheduled(cron = "${kulturpuls.roundtable.reminders.cron:0 0 7 * * *}",
			zone = "${kulturpuls.roundtable.reminders.zone:Europe/Copenhagen}")
	@SchedulerLock(name = "roundtable-assignment-reminders", lockAtMostFor = "PT30M")
	void daily() {
		Result result = send(LocalDate.now(clock));
		log.info("Assignment reminders: {} sent, {} without an e-mail address", result.sent(), result.withoutAddress());
	}

	public int daysBefore() {
		return daysBefore;
	}

	/** Sends every reminder that is due on the day and has not been sent. */
	public Result send(LocalDate today) {
		return send(today, null);
	}

	/** As {@link #send(LocalDate)}, limited to one process when it is given. */
	Result send(LocalDate today, UUID onlyProcess) {
		int sent = 0;
		int withoutAddress = 0;
		for (Due due : due(today, onlyProcess)) {
			ReminderKind kind = due.dueDate().isBefore(today) ? ReminderKind.OVERDUE : ReminderKind.DUE_SOON;
			if (alreadySent(due.id(), kind)) {
				continue;
			}
			Map<String, Contact> recipients = recipients(due);
			if (recipients.isEmpty()) {
				withoutAddress++;
				continue;
			}
			Boolean mailed = transactions.execute(status -> sendOnce(due, kind, recipients));
			if (Boolean.TRUE.equals(mailed)) {
				sent++;
			}
		}
		return new Result(sent, withoutAddress);
	}

	/** The reminders sent, newest first. */
	public List<SentReminder> sent(int limit) {
		return jdbc.sql("""
				select r.assignment_id, r.kind, r.sent_at, r.recipients, a.task, a.due_date, p.name, a.workshop_id
				from roundtable_assignment_reminder r
				join roundtable_assignment a on a.id = r.assignment_id
				join roundtable_process p on p.id = a.roundtable_id
				order by r.sent_at desc, a.due_date limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new SentReminder(rs.getObject(1, UUID.class), ReminderKind.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, UUID.class)))
			.list();
	}

	private List<Due> due(LocalDate today, UUID onlyProcess) {
		String sql = """
				select a.id, a.task, a.due_date, a.owner_contact, a.owner_organisation, p.name, w.title
				from roundtable_assignment a
				join roundtable_process p on p.id = a.roundtable_id
				join roundtable_workshop w on w.id = a.workshop_id
				where a.status = 'OPEN' and a.due_date <= :horizon""";
		var statement = onlyProcess == null ? jdbc.sql(sql + " order by a.due_date")
				: jdbc.sql(sql + " and a.roundtable_id = :process order by a.due_date").param("process", onlyProcess);
		return statement.param("horizon", today.plusDays(daysBefore))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7)))
			.list();
	}

	private boolean alreadySent(UUID assignment, ReminderKind kind) {
		return jdbc.sql("select count(*) from roundtable_assignment_reminder where assignment_id = :a and kind = :k")
			.param("a", assignment).param("k", kind.name()).query(Integer.class).single() > 0;
	}

	/**
	 * The owners' e-mail addresses with their contact people: the contact person's address, or else that of the
	 * account linked to the contact person.
	 */
	private Map<String, Contact> recipients(Due due) {
		List<Contact> contacts = new ArrayList<>();
		if (due.ownerContact() != null) {
			organisations.contact(due.ownerContact()).ifPresent(contacts::add);
		}
		else {
			contacts.addAll(organisations.contactsOf(List.of(new OrganisationId(due.ownerOrganisation()))));
		}
		Map<String, Contact> byEmail = new LinkedHashMap<>();
		for (Contact c : contacts) {
			String email = c.email() != null && !c.email().isBlank() ? c.email().strip()
					: c.username() == null ? null
							: accounts.find(c.username()).map(Accounts.AccountView::email).filter(e -> !e.isBlank())
								.orElse(null);
			if (email != null) {
				byEmail.putIfAbsent(email, c);
			}
		}
		return byEmail;
	}

	/** In one transaction: claims the reminder, then writes the mails; false when another run claimed it first. */
	private boolean sendOnce(Due due, ReminderKind kind, Map<String, Contact> recipients) {
		int claimed = jdbc.sql("""
				insert into roundtable_assignment_reminder (id, assignment_id, kind, sent_at, recipients)
				values (:id, :assignment, :kind, :at, :recipients)
				on conflict (assignment_id, kind) do nothing""")
			.param("id", UUID.randomUUID()).param("assignment", due.id()).param("kind", kind.name())
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("recipients", String.join(", ", recipients.keySet()))
			.update();
		if (claimed == 0) {
			return false;
		}
		// each in the contact person's language; dates as the platform writes them (dd.mm.åååå)
		recipients.forEach((email, contact) -> {
			Locale locale = contact.language();
			mailer.send(dk.kulturpuls.platform.MailKind.ROUNDTABLE_REMINDER, email,
					messages.getMessage("rtp.reminder.mail.subject." + kind.name(),
							new Object[] { Formats.date(due.dueDate()) }, locale),
					messages.getMessage("rtp.reminder.mail.body." + kind.name(), new Object[] { contact.name(),
							due.task(), due.workshop(), due.process(), Formats.date(due.dueDate()),
							publicUrl.of("/roundtable") }, locale));
		});
		audit.record("roundtable-assignment", due.id().toString(), "reminder sent",
				kind + " to " + String.join(", ", recipients.keySet()));
		return true;
	}
}
