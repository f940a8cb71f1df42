package dk.kulturpuls.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Role;

/**
 * The second factor of local accounts: a TOTP authenticator app (RFC 6238, 6 digits, 30 seconds, SHA-1, as every
 * common app expects) and ten single-use recovery codes. The secret is kept in {@code platform_two_factor}; the
 * recovery codes only hashed. A code is accepted once: the time step of the last accepted code is stored, so that
 * somebody who saw a code cannot use it again within its 90 seconds of validity.
 */
@Component
public class TwoFactor {

	/** The authority a session gets when its user has given a TOTP or recovery code. */
	public static final String FACTOR = "FACTOR_TOTP";

	static final int RECOVERY_CODES = 10;
	private static final int PERIOD_SECONDS = 30;
	private static final int DIGITS = 6;
	private static final String ISSUER = "Kulturpuls";

	/** The roles that see personal or health data: in production they must have a second factor. */
	static final Set<Role> SENSITIVE = EnumSet.of(Role.ADMIN, Role.PROGRAMME_OFFICER, Role.COMMITTEE, Role.REVIEWER,
			Role.SECRETARIAT, Role.PROJECT_LEAD);

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Clock clock;
	private final Settings settings;
	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
	private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

	TwoFactor(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock, Settings settings) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** Whether the user has an authenticator app enrolled. */
	@Transactional(readOnly = true)
	public boolean isEnrolled(String username) {
		return jdbc.sql("""
				select count(*) from platform_two_factor t join platform_account a on a.id = t.account_id
				where a.username = :username""")
			.param("username", normalise(username))
			.query(Long.class).single() > 0;
	}

	/** How many unused recovery codes the user has left. */
	@Transactional(readOnly = true)
	int recoveryCodesLeft(String username) {
		return jdbc.sql("""
				select count(*) from platform_two_factor_recovery_code c join platform_account a on a.id = c.account_id
				where a.username = :username""")
			.param("username", normalise(username))
			.query(Long.class).single().intValue();
	}

	/**
	 * Whether this login still has to give a second factor before it gets its roles: a password login (OpenID
	 * Connect logins have their provider's factor) without a TOTP factor yet, whose user has enrolled an app, or
	 * must have one because two factors are required for one of their roles.
	 */
	boolean isDue(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !hasFactor(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				|| hasFactor(authentication, FACTOR)) {
			return false;
		}
		return isEnrolled(authentication.getName())
				|| (settings.required() && mustEnrol(authentication.getName()));
	}

	/** Whether the user's roles call for a second factor under the current settings. */
	boolean mustEnrol(String username) {
		return settings.required() && jdbc.sql("""
				select r.role from platform_account_role r join platform_account a on a.id = r.account_id
				where a.username = :username""")
			.param("username", normalise(username))
			.query(String.class).list().stream()
			.anyMatch(role -> SENSITIVE.stream().anyMatch(s -> s.name().equals(role)));
	}

	static boolean hasFactor(Authentication authentication, String factor) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (factor.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** A new random secret (160 bits, Base32) for an enrolment that is still to be confirmed. */
	String newSecret() {
		return secrets.generate();
	}

	/** The otpauth:// QR code of the secret as a PNG data URI, for the enrolment page. */
	String qrCode(String username, String secret) {
		QrData data = new QrData.Builder()
			.label(normalise(username))
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("could not draw the QR code", e);
		}
	}

	/**
	 * Enrols the secret when the code was made from it (so the app is set up right), replacing nothing: a user who
	 * has an app must have it reset first. Returns the recovery codes in plain text, to be shown once, or nothing
	 * when the code is wrong.
	 */
	@Transactional
	Optional<List<String>> enrol(String username, String secret, String code) {
		UUID account = accountId(username);
		if (isEnrolled(username)) {
			throw new IllegalStateException("already enrolled: " + username);
		}
		long step = matchingStep(secret, code, 0);
		if (step < 0) {
			return Optional.empty();
		}
		jdbc.sql("""
				insert into platform_two_factor (account_id, secret, enrolled_at, last_used_step)
				values (:account, :secret, :at, :step)""")
			.param("account", account)
			.param("secret", secret)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("step", step)
			.update();
		List<String> plain = Arrays.asList(recoveryCodes.generateCodes(RECOVERY_CODES));
		for (String recovery : plain) {
			jdbc.sql("insert into platform_two_factor_recovery_code (id, account_id, code_hash) values (:id, :account, :hash)")
				.param("id", UUID.randomUUID())
				.param("account", account)
				.param("hash", passwordEncoder.encode(canonical(recovery)))
				.update();
		}
		audit.record("account", account.toString(), "two-factor enrolled", null);
		return Optional.of(plain);
	}

	/**
	 * Checks a code from the user's app, or one of their recovery codes (which is then used up). A code from the
	 * app is accepted for the current time step and one on either side (clocks drift), and only once.
	 */
	@Transactional
	boolean verify(String username, String code) {
		if (code == null || code.isBlank()) {
			return false;
		}
		String trimmed = code.replaceAll("\\s", "");
		Optional<Enrolled> enrolled = jdbc.sql("""
				select t.account_id, t.secret, t.last_used_step from platform_two_factor t
				join platform_account a on a.id = t.account_id where a.username = :username for update of t""")
			.param("username", normalise(username))
			.query((rs, n) -> new Enrolled(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
			.optional();
		if (enrolled.isEmpty()) {
			return false;
		}
		Enrolled current = enrolled.get();
		if (trimmed.matches("\\d{" + DIGITS + "}")) {
			long step = matchingStep(current.secret(), trimmed, current.lastUsedStep());
			if (step < 0) {
				return false;
			}
			jdbc.sql("update platform_two_factor set last_used_step = :step where account_id = :account")
				.param("step", step)
				.param("account", current.accountId())
				.update();
			return true;
		}
		return useRecoveryCode(current.accountId(), trimmed);
	}

	private boolean useRecoveryCode(UUID account, String code) {
		String canonical = canonical(code);
		List<StoredCode> stored = jdbc.sql("select id, code_hash from platform_two_factor_recovery_code where account_id = :account")
			.param("account", account)
			.query((rs, n) -> new StoredCode(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		for (StoredCode candidate : stored) {
			if (passwordEncoder.matches(canonical, candidate.hash())) {
				// deleted under the row lock taken in verify: a code can be used once, even by two requests at once
				int deleted = jdbc.sql("delete from platform_two_factor_recovery_code where id = :id")
					.param("id", candidate.id())
					.update();
				if (deleted == 1) {
					audit.record("account", account.toString(), "two-factor recovery code used",
							(stored.size() - 1) + " left");
					return true;
				}
			}
		}
		return false;
	}

	/** Removes the user's app and recovery codes; they enrol again at their next login (or when they choose to). */
	@Transactional
	public boolean reset(String username) {
		UUID account = accountId(username);
		int removed = jdbc.sql("delete from platform_two_factor where account_id = :account")
			.param("account", account)
			.update();
		if (removed > 0) {
			audit.record("account", account.toString(), "two-factor reset", null);
		}
		return removed > 0;
	}

	/** The time step whose code is the given one, later than {@code after}, or -1. */
	private long matchingStep(String secret, String code, long after) {
		if (code == null) {
			return -1;
		}
		String trimmed = code.replaceAll("\\s", "");
		long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (step > after && MessageDigest.isEqual(generate(secret, step).getBytes(StandardCharsets.US_ASCII),
					trimmed.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	private String generate(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("could not compute a TOTP code", e);
		}
	}

	private UUID accountId(String username) {
		return jdbc.sql("select id from platform_account where username = :username")
			.param("username", normalise(username))
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
	}

	/** Recovery codes are compared without dashes, spaces and case, as people type them. */
	private static String canonical(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	private record Enrolled(UUID accountId, String secret, long lastUsedStep) {
	}

	private record StoredCode(UUID id, String hash) {
	}

	/**
	 * @param required whether users with a role that sees personal or health data must have a second factor
	 *        (true in the production profile): such a user without one is sent to enrolment after login
	 */
	@ConfigurationProperties("kulturpuls.security.two-factor")
	record Settings(@DefaultValue("false") boolean required) {
	}
}
