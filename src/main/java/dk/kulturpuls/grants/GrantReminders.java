package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PublicUrl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminders of the grantee's obligations by e-mail: {@code kulturpuls.grants.reminders.days-before} days before the
 * due date (default 14) and {@code days-after} days after it when still not submitted (default 7), each once per
 * obligation however many nodes run the daily job (the reminder row is claimed before the mail is written, and
 * ShedLock runs the job on one node at a time). Acceptances of offered grants, reports and accounts of running
 * grants; what is submitted or approved is not reminded of.
 */
@Component
class GrantReminders {

	private static final Logger log = LoggerFactory.getLogger(GrantReminders.class);

	/** An obligation that may be reminded of. */
	record Due(UUID obligation, UUID grant, ObligationKind kind, int number, LocalDate dueDate, String title,
			String grantee) {
	}

	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final Accounts accounts;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final PublicUrl publicUrl;
	private final TransactionTemplate transactions;
	private final int daysBefore;
	private final int daysAfter;

	GrantReminders(JdbcClient jdbc, Mailer mailer, Accounts accounts, MessageSource messages, AuditTrail audit,
			Clock clock, PublicUrl publicUrl, PlatformTransactionManager transactionManager,
			@Value("${kulturpuls.grants.reminders.days-before:14}") int daysBefore,
			@Value("${kulturpuls.grants.reminders.days-after:7}") int daysAfter) {
		if (daysBefore < 0 || daysAfter < 0) {
			throw new IllegalArgumentException("kulturpuls.grants.reminders.days-before/-after must not be negative");
		}
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.accounts = accounts;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.transactions = new TransactionTemplate(transactionManager);
		this.daysBefore = daysBefore;
		this.daysAfter = daysAfter;
	}

	/** The daily run (by default 07:15 Copenhagen time). */
	@Scheduled(cron = "${kulturpuls.grants.reminders.cron:0 15 7 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "grant-obligation-reminders", lockAtMostFor = "PT30M")
	void daily() {
		log.info("Grant reminders: {} sent", send(LocalDate.now(clock)));
	}

	/** Sends every reminder due on the day that has not been sent; returns how many were sent. */
	int send(LocalDate today) {
		int sent = 0;
		for (Due due : due(today)) {
			String kind = due.dueDate().isBefore(today) ? "AFTER" : "BEFORE";
			if ("AFTER".equals(kind) && due.dueDate().plusDays(daysAfter).isAfter(today)) {
				continue;
			}
			String email = accounts.find(due.grantee()).map(Accounts.AccountView::email)
				.filter(e -> e != null && !e.isBlank()).orElse(null);
			if (email == null) {
				continue;
			}
			Boolean mailed = transactions.execute(status -> sendOnce(due, kind, email));
			if (Boolean.TRUE.equals(mailed)) {
				sent++;
			}
		}
		return sent;
	}

	private List<Due> due(LocalDate today) {
		return jdbc.sql("""
				select o.id, g.id, o.kind, o.number, o.due_date, g.title, g.grantee
				from grants_obligation o join grants_grant g on g.id = o.grant_id
				where o.status in ('OPEN', 'CHANGES_REQUESTED') and o.due_date <= :horizon
				  and ((o.kind = 'ACCEPTANCE' and g.status = 'OFFERED')
				    or (o.kind <> 'ACCEPTANCE' and g.status in ('ACCEPTED', 'ACTIVE')))
				  and g.grantee is not null
				order by o.due_date""")
			.param("horizon", today.plusDays(daysBefore))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					ObligationKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getObject(5, LocalDate.class),
					rs.getString(6), rs.getString(7)))
			.list();
	}

	/** Claims the reminder, then writes the mail, in one transaction; false when it was sent before. */
	private boolean sendOnce(Due due, String kind, String email) {
		int claimed = jdbc.sql("""
				insert into grants_reminder (obligation_id, kind, sent_at, recipient) values (:o, :k, :at, :to)
				on conflict (obligation_id, kind) do nothing""")
			.param("o", due.obligation()).param("k", kind).param("at", Timestamp.from(Instant.now(clock)))
			.param("to", email).update();
		if (claimed == 0) {
			return false;
		}
		String obligation = due.kind() == ObligationKind.STATUS_REPORT
				? messages.getMessage("grant.obligation.statusReport", new Object[] { due.number() }, Formats.DANISH)
				: messages.getMessage(due.kind().messageKey(), null, Formats.DANISH);
		Object[] arguments = { obligation, due.title(), Formats.date(due.dueDate()),
				publicUrl.of("/applicant/grants/" + due.grant()) };
		mailer.send(email, messages.getMessage("grant.reminder.subject." + kind, arguments, Formats.DANISH),
				messages.getMessage("grant.reminder.body." + kind, arguments, Formats.DANISH));
		audit.record("grant", due.grant().toString(), "reminder sent", kind + " " + due.kind() + " " + due.number()
				+ " due " + Formats.date(due.dueDate()) + " to " + email);
		return true;
	}
}
