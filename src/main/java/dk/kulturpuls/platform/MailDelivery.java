package dk.kulturpuls.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the outbox's mails by SMTP and tries again with back-off when the mail server refuses or cannot be reached:
 * the first attempt right after the transaction that wrote the mail commits, later ones by a job every minute, until
 * {@code kulturpuls.mail.retry.max-attempts}; then the mail is given up and an administrator sees it (and can send it
 * again) at {@code /admin/outbox/undelivered}.
 * <p>
 * Safe on several nodes: the job takes ShedLock's lock, and every attempt first <em>claims</em> its row in one
 * statement (attempt counted, next attempt moved a lease ahead, {@code for update skip locked}), so two nodes never
 * send one mail at the same time, and a node that dies while sending leaves the mail to be tried again when the
 * lease ends.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/** How one attempt ended. */
	enum Outcome {
		SENT, RETRYING, GAVE_UP, NO_MAIL_SERVER, NOT_DUE
	}

	/**
	 * @param firstDelay the wait after the first failed attempt; each further wait is four times the one before
	 * @param maxDelay the longest wait between two attempts
	 * @param maxAttempts the attempts before a mail is given up
	 * @param lease how long a claimed mail is left to the node sending it (longer than an SMTP time-out)
	 */
	@ConfigurationProperties("kulturpuls.mail.retry")
	record Settings(@DefaultValue("PT1M") Duration firstDelay, @DefaultValue("PT6H") Duration maxDelay,
			@DefaultValue("8") int maxAttempts, @DefaultValue("PT10M") Duration lease) {

		Duration delayAfter(int attempts) {
			Duration delay = firstDelay;
			for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
				delay = delay.multipliedBy(4);
			}
			return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
		}
	}

	private record Claimed(UUID id, String recipient, String subject, String body, String attachmentName,
			byte[] attachment, int attempts) {
	}

	private static final String CLAIMED = " returning id, recipient, subject, body, attachment_name, attachment, attempts";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectProvider<JavaMailSender> sender;
	private final Settings settings;
	private final String from;
	private final TransactionTemplate ownTransaction;

	MailDelivery(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender, Settings settings,
			@org.springframework.beans.factory.annotation.Value("${kulturpuls.mail.from:kulturpuls@localhost}") String from,
			PlatformTransactionManager transactions) {
		// Claims and results commit on their own: the first attempt runs after the transaction that wrote the mail
		// has committed, where a statement would otherwise join that finished transaction and be lost.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.clock = clock;
		this.sender = sender;
		this.settings = settings;
		this.from = from;
	}

	boolean hasMailServer() {
		return sender.getIfAvailable() != null;
	}

	/** When a new mail's first attempt is due at the latest: if its node dies before, the job sends it then. */
	Instant firstAttemptDue(Instant now) {
		return now.plus(settings.lease());
	}

	/** The first attempt, right after the mail is committed (skipped if another node already took it). */
	Outcome sendNew(UUID id) {
		Instant now = clock.instant();
		return claim("where id = :id and not delivered and gave_up_at is null and attempts = 0", id, now)
			.map(mail -> deliver(mail, now)).orElse(Outcome.NOT_DUE);
	}

	/** Every minute: sends the mails whose next attempt is due, one claimed row at a time, at most 500 a run. */
	@Scheduled(fixedDelayString = "${kulturpuls.mail.retry.interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "mail-retry", lockAtMostFor = "PT15M")
	void sendDue() {
		sendDue(clock.instant());
	}

	/** Sends the mails due at {@code now}; returns how many were sent. */
	int sendDue(Instant now) {
		if (!hasMailServer()) {
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < 500; i++) {
			Optional<Claimed> due = claim("""
					where id = (select id from platform_outbox
					  where not delivered and gave_up_at is null and next_attempt_at <= :now
					  order by next_attempt_at limit 1 for update skip locked)""", null, now);
			if (due.isEmpty()) {
				break;
			}
			if (deliver(due.get(), now) == Outcome.SENT) {
				sent++;
			}
		}
		return sent;
	}

	/** An administrator's "send again": one attempt now, also for a mail that was given up. */
	Outcome sendAgain(UUID id) {
		if (!hasMailServer()) {
			return Outcome.NO_MAIL_SERVER;
		}
		Instant now = clock.instant();
		return claim("where id = :id and not delivered and (claimed_until is null or claimed_until <= :now)", id, now)
			.map(mail -> deliver(mail, now)).orElse(Outcome.NOT_DUE);
	}

	private Optional<Claimed> claim(String where, UUID id, Instant now) {
		var statement = jdbc.sql("update platform_outbox set attempts = attempts + 1, last_attempt_at = :now, "
				+ "next_attempt_at = :lease, claimed_until = :lease, gave_up_at = null " + where + CLAIMED)
			.param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(settings.lease())));
		if (id != null) {
			statement = statement.param("id", id);
		}
		var claim = statement;
		return ownTransaction.execute(status -> claim.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getInt(7)))
			.optional());
	}

	private Outcome deliver(Claimed mail, Instant now) {
		JavaMailSender smtp = sender.getIfAvailable();
		try {
			var message = smtp.createMimeMessage();
			var helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body());
			if (mail.attachment() != null) {
				helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "application/pdf");
			}
			smtp.send(message);
		}
		catch (Exception e) {
			String error = describe(e);
			if (mail.attempts() >= settings.maxAttempts()) {
				ownTransaction.executeWithoutResult(status -> jdbc.sql("""
						update platform_outbox set last_error = :error, next_attempt_at = null, claimed_until = null,
						  gave_up_at = :now where id = :id""").param("error", error).param("now", Timestamp.from(now))
					.param("id", mail.id()).update());
				log.error("Mail {} to {} could not be sent after {} attempts; given up (send it again at "
						+ "/admin/outbox/undelivered): {}", mail.id(), mail.recipient(), mail.attempts(), error);
				return Outcome.GAVE_UP;
			}
			Instant next = now.plus(settings.delayAfter(mail.attempts()));
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
					update platform_outbox set last_error = :error, next_attempt_at = :next, claimed_until = null
					where id = :id""").param("error", error).param("next", Timestamp.from(next)).param("id", mail.id())
				.update());
			log.warn("Mail {} to {} could not be sent (attempt {}); next attempt at {}: {}", mail.id(), mail.recipient(),
					mail.attempts(), next, error);
			return Outcome.RETRYING;
		}
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				update platform_outbox set delivered = true, next_attempt_at = null, claimed_until = null, last_error = null
				where id = :id""").param("id", mail.id()).update());
		return Outcome.SENT;
	}

	/** The innermost cause's message (what the mail server said), at most 500 characters. */
	static String describe(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage().strip());
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	/** Mails that failed at least once and are not sent: the ones still tried first by their next attempt, then the given up. */
	List<Mailer.Undelivered> undelivered(int limit) {
		return jdbc.sql("""
				select id, created_at, recipient, subject, attempts, last_attempt_at, last_error, next_attempt_at, gave_up_at
				from platform_outbox where not delivered and attempts > 0
				order by gave_up_at is not null, next_attempt_at, gave_up_at desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Mailer.Undelivered(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
					rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs.getTimestamp(6)), rs.getString(7),
					instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9))))
			.list();
	}

	/** "recipient: subject" of a mail of the outbox, for the audit trail. */
	Optional<String> describe(UUID id) {
		return jdbc.sql("select recipient || ': ' || subject from platform_outbox where id = :id").param("id", id)
			.query(String.class).optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
