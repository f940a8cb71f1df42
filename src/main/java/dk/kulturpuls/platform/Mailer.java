package dk.kulturpuls.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the platform's mails. Every mail is kept in the outbox table; when {@code spring.mail.host} is set it is
 * also sent by SMTP once the transaction that wrote it commits, otherwise it is logged and shown on the outbox
 * page of the demo.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	public record Mail(UUID id, Instant createdAt, String recipient, String subject, String body, String attachmentName,
			boolean delivered) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	Mailer(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender,
			@Value("${kulturpuls.mail.from:kulturpuls@localhost}") String from) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sender = sender;
		this.from = from;
	}

	/** Keeps the mail in the outbox and sends it by SMTP after the surrounding transaction commits. */
	public void send(String recipient, String subject, String body) {
		send(recipient, subject, body, null, null);
	}

	/**
	 * Keeps the mail in the outbox and sends it by SMTP after the surrounding transaction commits (at once
	 * outside a transaction).
	 *
	 * @param attachmentName the PDF attachment's file name, or null
	 * @param attachment the PDF attachment, or null
	 */
	public void send(String recipient, String subject, String body, String attachmentName, byte[] attachment) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into platform_outbox (id, created_at, recipient, subject, body, attachment_name, attachment)
				values (:id, :at, :to, :subject, :body, :name, :file)""")
			.param("id", id).param("at", Timestamp.from(Instant.now(clock))).param("to", recipient)
			.param("subject", subject).param("body", body).param("name", attachmentName).param("file", attachment)
			.update();
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("Mail to {} (no SMTP server configured; kept in the outbox): {}\n{}", recipient, subject, body);
			return;
		}
		Runnable delivery = () -> deliver(smtp, id, recipient, subject, body, attachmentName, attachment);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.run();
				}
			});
		}
		else {
			delivery.run();
		}
	}

	private void deliver(JavaMailSender smtp, UUID id, String recipient, String subject, String body,
			String attachmentName, byte[] attachment) {
		try {
			var message = smtp.createMimeMessage();
			var helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
			helper.setFrom(from);
			helper.setTo(recipient);
			helper.setSubject(subject);
			helper.setText(body);
			if (attachment != null) {
				helper.addAttachment(attachmentName, new ByteArrayResource(attachment), "application/pdf");
			}
			smtp.send(message);
			jdbc.sql("update platform_outbox set delivered = true where id = :id").param("id", id).update();
		}
		catch (Exception e) {
			log.warn("Mail {} to {} could not be sent; it stays in the outbox", id, recipient, e);
		}
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
