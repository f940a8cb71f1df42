package dk.kulturpuls.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the platform's mails. Every mail is kept in the outbox table; when {@code spring.mail.host} is set it is
 * also sent by SMTP once the transaction that wrote it commits, and tried again with back-off when that fails
 * ({@link MailDelivery}); otherwise it is logged and shown on the outbox page of the demo.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	public record Mail(UUID id, Instant createdAt, String recipient, String subject, String body, String attachmentName,
			boolean delivered) {
	}

	/**
	 * A mail the mail server has not taken yet after at least one attempt: still tried ({@code nextAttemptAt}) or
	 * given up ({@code gaveUpAt}).
	 */
	public record Undelivered(UUID id, Instant createdAt, String recipient, String subject, int attempts,
			Instant lastAttemptAt, String lastError, Instant nextAttemptAt, Instant gaveUpAt) {

		public boolean givenUp() {
			return gaveUpAt != null;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final MailDelivery delivery;
	private final MailPreferences preferences;

	Mailer(JdbcClient jdbc, Clock clock, MailDelivery delivery, MailPreferences preferences) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.delivery = delivery;
		this.preferences = preferences;
	}

	/**
	 * Keeps a mail that is always sent (receipts, decisions, account mails, reminders of legal duties) in the outbox
	 * and sends it by SMTP after the surrounding transaction commits.
	 */
	public void send(String recipient, String subject, String body) {
		send(recipient, subject, body, null, null);
	}

	/**
	 * A mail of the given kind, as its recipient chose for an optional kind ({@code /account/notifications}): at
	 * once (as {@link #send(String, String, String)}), kept for the daily digest, or not sent.
	 */
	public void send(MailKind kind, String recipient, String subject, String body) {
		switch (preferences.forRecipient(recipient, kind)) {
			case IMMEDIATELY -> send(recipient, subject, body);
			case DAILY_DIGEST -> jdbc.sql("""
					insert into platform_mail_digest_item (id, created_at, recipient, kind, subject, body)
					values (:id, :at, :to, :kind, :subject, :body)""")
				.param("id", UUID.randomUUID()).param("at", Timestamp.from(Instant.now(clock))).param("to", recipient)
				.param("kind", kind.name()).param("subject", subject).param("body", body).update();
			case OFF -> log.info("Mail to {} not sent: the recipient chose no mail for {} ({})", recipient, kind, subject);
		}
	}

	/**
	 * Keeps the mail in the outbox and sends it by SMTP after the surrounding transaction commits (at once
	 * outside a transaction). A mail the server refuses is tried again later, see {@link MailDelivery}.
	 *
	 * @param attachmentName the PDF attachment's file name, or null
	 * @param attachment the PDF attachment, or null
	 */
	public void send(String recipient, String subject, String body, String attachmentName, byte[] attachment) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		boolean smtp = delivery.hasMailServer();
		jdbc.sql("""
				insert into platform_outbox (id, created_at, recipient, subject, body, attachment_name, attachment,
				  next_attempt_at)
				values (:id, :at, :to, :subject, :body, :name, :file, :next)""")
			.param("id", id).param("at", Timestamp.from(now)).param("to", recipient)
			.param("subject", subject).param("body", body).param("name", attachmentName).param("file", attachment)
			.param("next", smtp ? Timestamp.from(delivery.firstAttemptDue(now)) : null)
			.update();
		if (!smtp) {
			log.info("Mail to {} (no SMTP server configured; kept in the outbox): {}\n{}", recipient, subject, body);
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.sendNew(id);
				}
			});
		}
		else {
			delivery.sendNew(id);
		}
	}

	/** How many mails failed at least once and are not sent (retrying or given up). */
	public int undeliveredCount() {
		return jdbc.sql("select count(*) from platform_outbox where not delivered and attempts > 0").query(Integer.class)
			.single();
	}

	public List<Mail> latest(int limit) {
		return jdbc.sql("""
				select id, created_at, recipient, subject, body, attachment_name, delivered from platform_outbox
				order by created_at desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Mail(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	public List<Mail> to(String recipient) {
		return jdbc.sql("""
				select id, created_at, recipient, subject, body, attachment_name, delivered from platform_outbox
				where recipient = :to order by created_at desc""")
			.param("to", recipient)
			.query((rs, n) -> new Mail(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	public byte[] attachment(UUID mailId) {
		return jdbc.sql("select attachment from platform_outbox where id = :id").param("id", mailId)
			.query(byte[].class).optional().orElse(null);
	}
}
