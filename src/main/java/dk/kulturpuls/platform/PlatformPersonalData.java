package dk.kulturpuls.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's own data about a person: the account, the mail choices, the mails sent to them and the audit
 * trail about them (who changed, read or exported their data). Retention: mails 90 days, the audit trail five
 * years after the end of the year.
 */
@Component
class PlatformPersonalData implements PersonalDataContributor {

	static final int MAIL_DAYS = 90;
	static final int AUDIT_YEARS = 5;

	private final JdbcClient jdbc;

	PlatformPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Object> export(PersonalDataSubject subject) {
		Map<String, Object> files = new LinkedHashMap<>();
		Map<String, Object> account = new LinkedHashMap<>(jdbc.sql("""
				select id, username, display_name, email, enabled, created_at from platform_account where id = :id""")
			.param("id", subject.accountId()).query().singleRow());
		account.put("roles", jdbc.sql("select role from platform_account_role where account_id = :id order by role")
			.param("id", subject.accountId()).query(String.class).list());
		account.put("twoFactorEnrolled", jdbc.sql("select count(*) from platform_two_factor where account_id = :id")
			.param("id", subject.accountId()).query(Long.class).single() > 0);
		account.put("mailPreferences", jdbc.sql("""
				select kind, choice from platform_mail_preference where username = :u order by kind""")
			.param("u", subject.username()).query().listOfRows());
		files.put("account", account);
		files.put("access-log", jdbc.sql("""
				select occurred_at as "time", actor as "who", action, detail, subject_type as "about"
				from platform_audit_event where subject_id in (:ids) order by occurred_at""")
			.param("ids", ids(subject)).query().listOfRows());
		files.put("mails", subject.email() == null ? List.of() : jdbc.sql("""
				select created_at, subject, body, attachment_name, delivered from platform_outbox
				where lower(recipient) = lower(:e) order by created_at""")
			.param("e", subject.email()).query().listOfRows());
		return files;
	}

	@Override
	public List<Erasure> anonymise(PersonalDataSubject subject, LocalDate today) {
		int preferences = jdbc.sql("delete from platform_mail_preference where username = :u")
			.param("u", subject.username()).update();
		int mails = subject.email() == null ? 0
				: jdbc.sql("delete from platform_outbox where lower(recipient) = lower(:e)")
					.param("e", subject.email()).update()
						+ jdbc.sql("delete from platform_mail_digest_item where lower(recipient) = lower(:e)")
							.param("e", subject.email()).update();
		return List.of(Erasure.erased("mail-preferences", preferences), Erasure.erased("mails", mails),
				new Erasure("audit-log", 0, 1, null, "privacy.reason.audit"));
	}

	@Override
	public Map<String, Integer> applyRetention(LocalDate today) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("mails", jdbc.sql("""
				delete from platform_outbox where created_at < :limit
				and (delivered or gave_up_at is not null or attempts = 0)""")
			.param("limit", Timestamp.from(today.minusDays(MAIL_DAYS).atStartOfDay(Formats.ZONE).toInstant()))
			.update());
		counts.put("audit-log", jdbc.sql("delete from platform_audit_event where occurred_at < :limit")
			.param("limit", Timestamp.from(LocalDate.of(today.getYear() - AUDIT_YEARS, 1, 1)
				.atStartOfDay(Formats.ZONE).toInstant()))
			.update());
		return counts;
	}

	private static List<String> ids(PersonalDataSubject subject) {
		return subject.email() == null ? List.of(subject.accountId().toString(), subject.username())
				: List.of(subject.accountId().toString(), subject.username(), subject.email());
	}
}
