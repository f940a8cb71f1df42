package dk.kulturpuls.platform;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice for the optional kinds of mail; without a choice a mail comes at once. */
@Component
class MailPreferences {

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	MailPreferences(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The choices of a user for every optional kind. */
	Map<MailKind, MailKind.Choice> of(String username) {
		Map<MailKind, MailKind.Choice> choices = new EnumMap<>(MailKind.class);
		Arrays.stream(MailKind.values()).filter(MailKind::optional)
			.forEach(kind -> choices.put(kind, MailKind.Choice.IMMEDIATELY));
		jdbc.sql("select kind, choice from platform_mail_preference where username = :u").param("u", username)
			.query((rs, n) -> Map.entry(MailKind.valueOf(rs.getString(1)), MailKind.Choice.valueOf(rs.getString(2))))
			.list().forEach(e -> choices.put(e.getKey(), e.getValue()));
		return choices;
	}

	/** The choice of the account that has this e-mail address (at once when there is none, or no choice). */
	MailKind.Choice forRecipient(String email, MailKind kind) {
		if (!kind.optional()) {
			return MailKind.Choice.IMMEDIATELY;
		}
		return jdbc.sql("""
				select p.choice from platform_mail_preference p join platform_account a on a.username = p.username
				where (lower(a.email) = lower(:email) or lower(a.username) = lower(:email)) and p.kind = :kind
				order by p.choice = 'IMMEDIATELY' desc limit 1""")
			.param("email", email).param("kind", kind.name()).query(String.class).optional()
			.map(MailKind.Choice::valueOf).orElse(MailKind.Choice.IMMEDIATELY);
	}

	/** Saves a user's choices; kinds that are always sent cannot be chosen. */
	@Transactional
	void save(String username, Map<MailKind, MailKind.Choice> choices) {
		choices.forEach((kind, choice) -> {
			if (!kind.optional()) {
				throw new IllegalArgumentException(kind + " is always sent");
			}
			jdbc.sql("""
					insert into platform_mail_preference (username, kind, choice) values (:u, :k, :c)
					on conflict (username, kind) do update set choice = excluded.choice""")
				.param("u", username).param("k", kind.name()).param("c", choice.name()).update();
		});
		audit.record("account", username, "notification preferences changed", choices.toString());
	}
}
