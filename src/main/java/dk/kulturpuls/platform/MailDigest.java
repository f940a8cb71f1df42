package dk.kulturpuls.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The daily digest: once a day, each recipient who chose the digest for an optional kind of mail gets one mail with
 * what was kept for them since the last digest, oldest first. The kept mails are deleted in the transaction that
 * writes the digest to the outbox, so a digest run twice (or on two nodes) sends nothing twice.
 */
@Component
class MailDigest {

	private record Item(String recipient, Instant createdAt, String subject, String body) {
	}

	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Clock clock;

	MailDigest(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "${kulturpuls.mail.digest.cron:0 30 6 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M")
	void sendDaily() {
		send(clock.instant());
	}

	/** Sends one digest to each recipient with mails kept before {@code now}; returns how many digests. */
	@Transactional
	int send(Instant now) {
		List<Item> items = jdbc.sql("""
				delete from platform_mail_digest_item where id in (
				  select id from platform_mail_digest_item where created_at <= :now for update skip locked)
				returning recipient, created_at, subject, body""")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> new Item(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
			.list();
		Map<String, List<Item>> byRecipient = new LinkedHashMap<>();
		items.stream().sorted(java.util.Comparator.comparing(Item::createdAt))
			.forEach(item -> byRecipient.computeIfAbsent(item.recipient(), r -> new java.util.ArrayList<>()).add(item));
		var locale = Formats.DANISH;
		byRecipient.forEach((recipient, kept) -> {
			StringBuilder body = new StringBuilder(messages.getMessage("mail.digest.intro", new Object[] { kept.size() },
					locale));
			for (Item item : kept) {
				body.append("\n\n").append("— ").append(item.subject()).append(" (")
					.append(Formats.date(item.createdAt().atZone(Formats.ZONE).toLocalDate()))
					.append(")\n\n").append(item.body().strip());
			}
			body.append("\n\n").append(messages.getMessage("mail.digest.outro", null, locale));
			mailer.send(recipient, messages.getMessage("mail.digest.subject", new Object[] { kept.size() }, locale),
					body.toString());
		});
		return byRecipient.size();
	}
}
