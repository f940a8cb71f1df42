package dk.kulturpuls.organisations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Role;

/**
 * Who may act for a CVR number. Every self-registration for a CVR is its own claim with its own party (the funding
 * module's applicant organisation, so no claimant sees another claimant's applications), pending until an officer
 * confirms it; at most one claim per CVR is confirmed. A confirmed claimant is the organisation's administrator and
 * invites colleagues by e-mail. Pending claims expire after {@code kulturpuls.organisations.claim-expiry}. Every step
 * is audited and the claimant is told by mail.
 */
@Service
@Transactional
public class OrganisationClaims {

	public enum Status {
		PENDING, CONFIRMED, REJECTED, EXPIRED
	}

	/** A claim as the officer and the claimant see it. */
	public record Claim(UUID id, String cvr, String name, UUID party, String claimant, String claimantName,
			String email, Status status, Instant createdAt, Instant decidedAt, boolean cvrConfirmedElsewhere) {
	}

	/** An invitation as its administrator sees it. */
	public record Invitation(UUID id, String email, Instant createdAt, Instant expiresAt, Instant acceptedAt) {
	}

	/** An invitation found by its link: the organisation and the address it was sent to. */
	public record OpenInvitation(UUID id, UUID claim, String organisation, String email, UUID party) {
	}

	/**
	 * A colleague accepted an invitation and has an account: the module that keeps the party's members (funding)
	 * links the account to the party in the same transaction.
	 */
	public record MemberJoined(UUID party, String username, String name, String email) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Mailer mailer;
	private final MessageSource messages;
	private final PublicUrl publicUrl;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Period expiry;
	private final Period invitationValidity;
	private final SecureRandom random = new SecureRandom();

	OrganisationClaims(JdbcClient jdbc, AuditTrail audit, Mailer mailer, MessageSource messages, PublicUrl publicUrl,
			Accounts accounts, ApplicationEventPublisher events, Clock clock,
			@Value("${kulturpuls.organisations.claim-expiry:P30D}") Period expiry,
			@Value("${kulturpuls.organisations.invitation-validity:P14D}") Period invitationValidity) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.mailer = mailer;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.expiry = expiry;
		this.invitationValidity = invitationValidity;
	}

	/** Records a pending claim of a registration for a CVR number (audited); never refused for a CVR already claimed. */
	public UUID claim(String cvr, String name, UUID party, String claimant, String claimantName, String email,
			Locale locale) {
		String normalised = Cvr.normalise(cvr);
		if (!Cvr.isValid(normalised)) {
			throw new IllegalArgumentException("not a CVR number: " + cvr);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into organisations_claim (id, cvr, name, party_id, claimant, claimant_name, email, language, status,
				  created_at) values (:id, :cvr, :name, :party, :claimant, :claimantName, :email, :language, 'PENDING', :at)""")
			.param("id", id).param("cvr", normalised).param("name", name.strip()).param("party", party)
			.param("claimant", claimant).param("claimantName", claimantName).param("email", email)
			.param("language", language(locale)).param("at", Timestamp.from(Instant.now(clock))).update();
		audit.record("organisation claim", id.toString(), "claimed", "CVR " + normalised + " " + name.strip()
				+ " by " + claimant);
		return id;
	}

	/**
	 * Whether the party may act for its organisation (submit applications): a party with no claim (an artist, or an
	 * organisation registered before claims existed, e.g. the demo's) or with a confirmed claim.
	 */
	@Transactional(readOnly = true)
	public boolean mayAct(UUID party) {
		List<String> statuses = jdbc.sql("select status from organisations_claim where party_id = :p").param("p", party)
			.query(String.class).list();
		return statuses.isEmpty() || statuses.contains(Status.CONFIRMED.name());
	}

	/** The claims waiting for an officer, oldest first. */
	@Transactional(readOnly = true)
	public List<Claim> pending() {
		return claims("c.status = 'PENDING' order by c.created_at", null);
	}

	@Transactional(readOnly = true)
	public Optional<Claim> find(UUID id) {
		return claims("c.id = :v", id).stream().findFirst();
	}

	/** The latest claim the user made, if any. */
	@Transactional(readOnly = true)
	public Optional<Claim> ofClaimant(String username) {
		return claims("c.claimant = :v order by c.created_at desc", username).stream().findFirst();
	}

	/** The confirmed claim whose party the user belongs to (the administrator's or a colleague's), if any. */
	@Transactional(readOnly = true)
	public Optional<Claim> confirmedOfParty(UUID party) {
		return claims("c.party_id = :v and c.status = 'CONFIRMED'", party).stream().findFirst();
	}

	private List<Claim> claims(String where, Object value) {
		var spec = jdbc.sql("""
				select c.id, c.cvr, c.name, c.party_id, c.claimant, c.claimant_name, c.email, c.status, c.created_at,
				  c.decided_at, exists (select 1 from organisations_claim o where o.cvr = c.cvr and o.id <> c.id
				  and o.status = 'CONFIRMED') from organisations_claim c where""" + " " + where);
		if (value != null) {
			spec = spec.param("v", value);
		}
		return spec.query((rs, n) -> new Claim(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
				Status.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(),
				rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getBoolean(11))).list();
	}

	/**
	 * The officer confirms a pending claim: its claimant becomes the organisation's administrator (audited, mailed).
	 *
	 * @throws ClaimException when the claim is no longer pending or another claim for the CVR is confirmed
	 */
	public void confirm(UUID id, String officer) {
		Claim claim = find(id).orElseThrow(() -> new ClaimException("organisations.claims.error.gone"));
		if (claim.status() != Status.PENDING) {
			throw new ClaimException("organisations.claims.error.decided");
		}
		if (claim.cvrConfirmedElsewhere()) {
			throw new ClaimException("organisations.claims.error.confirmedElsewhere");
		}
		decide(claim, Status.CONFIRMED, officer);
		audit.record("organisation claim", id.toString(), "confirmed", "CVR " + claim.cvr() + " " + claim.name()
				+ " administrator " + claim.claimant());
		mail(claim, "confirmed", publicUrl.of("/applicant/organisation"));
	}

	/** The officer rejects a pending claim (audited, mailed); the claimant keeps the account but cannot submit. */
	public void reject(UUID id, String officer) {
		Claim claim = find(id).orElseThrow(() -> new ClaimException("organisations.claims.error.gone"));
		if (claim.status() != Status.PENDING) {
			throw new ClaimException("organisations.claims.error.decided");
		}
		decide(claim, Status.REJECTED, officer);
		audit.record("organisation claim", id.toString(), "rejected", "CVR " + claim.cvr() + " " + claim.name()
				+ " claimant " + claim.claimant());
		mail(claim, "rejected", publicUrl.of("/login"));
	}

	/** Expires the pending claims older than the configured period (each audited and mailed); returns how many. */
	public int expire() {
		Instant limit = Instant.now(clock).atZone(dk.kulturpuls.platform.Formats.ZONE).minus(expiry).toInstant();
		List<Claim> stale = claims("c.status = 'PENDING' and c.created_at < :v", Timestamp.from(limit));
		for (Claim claim : stale) {
			decide(claim, Status.EXPIRED, "system");
			audit.record("organisation claim", claim.id().toString(), "expired", "CVR " + claim.cvr() + " "
					+ claim.name() + " unconfirmed for " + expiry);
			mail(claim, "expired", publicUrl.of("/public/register"));
		}
		return stale.size();
	}

	private void decide(Claim claim, Status status, String by) {
		int changed = jdbc.sql("""
				update organisations_claim set status = :s, decided_at = :at, decided_by = :by
				where id = :id and status = 'PENDING'""")
			.param("s", status.name()).param("at", Timestamp.from(Instant.now(clock))).param("by", by)
			.param("id", claim.id()).update();
		if (changed != 1) {
			throw new ClaimException("organisations.claims.error.decided");
		}
	}

	private void mail(Claim claim, String what, String link) {
		Locale locale = Locale.of(jdbc.sql("select language from organisations_claim where id = :id")
			.param("id", claim.id()).query(String.class).single());
		mailer.send(claim.email(), messages.getMessage("organisations.claims.mail." + what + ".subject",
				new Object[] { claim.name() }, locale),
				messages.getMessage("organisations.claims.mail." + what + ".body",
						new Object[] { claim.claimantName(), claim.name(), claim.cvr(), link }, locale));
	}

	/**
	 * The administrator (the confirmed claimant) invites a colleague: a mail with a link that works for the
	 * configured period (audited). Returns the invitation's id.
	 */
	public UUID invite(String administrator, String email, Locale locale) {
		Claim claim = ofClaimant(administrator).filter(c -> c.status() == Status.CONFIRMED)
			.orElseThrow(() -> new ClaimException("organisations.invitation.error.notAdministrator"));
		String token = token();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		Instant expires = now.atZone(dk.kulturpuls.platform.Formats.ZONE).plus(invitationValidity).toInstant();
		jdbc.sql("""
				insert into organisations_invitation (id, claim_id, email, token_hash, invited_by, created_at, expires_at)
				values (:id, :claim, :email, :hash, :by, :at, :expires)""")
			.param("id", id).param("claim", claim.id()).param("email", email.strip().toLowerCase(Locale.ROOT))
			.param("hash", hash(token)).param("by", administrator).param("at", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		audit.record("organisation claim", claim.id().toString(), "colleague invited", email.strip().toLowerCase(Locale.ROOT));
		mailer.send(email.strip(), messages.getMessage("organisations.invitation.mail.subject",
				new Object[] { claim.name() }, locale),
				messages.getMessage("organisations.invitation.mail.body", new Object[] { claim.claimantName(),
						claim.name(), publicUrl.of("/public/invitation") + "?token=" + token,
						dk.kulturpuls.platform.Formats.date(expires.atZone(dk.kulturpuls.platform.Formats.ZONE).toLocalDate()) },
						locale));
		return id;
	}

	/** The administrator's invitations, newest first. */
	@Transactional(readOnly = true)
	public List<Invitation> invitations(UUID claim) {
		return jdbc.sql("""
				select id, email, created_at, expires_at, accepted_at from organisations_invitation where claim_id = :c
				order by created_at desc""").param("c", claim)
			.query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The invitation of a link, if it is known, unused, unexpired and its organisation still confirmed. */
	@Transactional(readOnly = true)
	public Optional<OpenInvitation> open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select i.id, c.id, c.name, i.email, c.party_id from organisations_invitation i
				join organisations_claim c on c.id = i.claim_id
				where i.token_hash = :h and i.accepted_at is null and i.expires_at > :now and c.status = 'CONFIRMED'""")
			.param("h", hash(token)).param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new OpenInvitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class)))
			.optional();
	}

	/**
	 * Accepts an invitation: an applicant account for the invited address (the link proves it, so the account is
	 * enabled at once), linked to the organisation (audited). The link works once.
	 *
	 * @throws ClaimException when the link does not work or the address already has an account
	 */
	public String accept(String token, String name, String password) {
		OpenInvitation invitation = open(token)
			.orElseThrow(() -> new ClaimException("organisations.invitation.error.invalid"));
		if (accounts.exists(invitation.email())) {
			throw new ClaimException("organisations.invitation.error.accountExists");
		}
		int used = jdbc.sql("""
				update organisations_invitation set accepted_at = :at, accepted_by = :by
				where id = :id and accepted_at is null""")
			.param("at", Timestamp.from(Instant.now(clock))).param("by", invitation.email())
			.param("id", invitation.id()).update();
		if (used != 1) {
			throw new ClaimException("organisations.invitation.error.invalid");
		}
		accounts.create(invitation.email(), name.strip(), invitation.email(), password, Set.of(Role.APPLICANT));
		events.publishEvent(new MemberJoined(invitation.party(), invitation.email(), name.strip(), invitation.email()));
		audit.record("organisation claim", invitation.claim().toString(), "invitation accepted", invitation.email());
		return invitation.email();
	}

	private static String language(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
	}

	private String token() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
