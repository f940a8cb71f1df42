package dk.kulturpuls.funding;

import dk.kulturpuls.platform.Mailer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.organisations.OrganisationClaims;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.PendingConfirmations;
import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.platform.Role;

/**
 * Self-registration of applicants: a disabled APPLICANT account, the applicant's organisation (or the artist
 * alone), and an e-mail with a verification link that enables the account. Until the link is followed, a login
 * with the right password says that the address is not yet confirmed and can send the same link again.
 */
@Service
class Registration implements PendingConfirmations {

	record NewApplicant(String email, String name, ApplicantKind kind, String organisationName, String cvr,
			String password) {
	}

	private final Accounts accounts;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final Mailer mailer;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final PublicUrl publicUrl;
	private final OrganisationClaims claims;

	Registration(Accounts accounts, ApplicantRepository applicants, ApplicantOrganisationRepository organisations,
			Mailer mailer, MessageSource messages, AuditTrail audit, Clock clock, PublicUrl publicUrl,
			OrganisationClaims claims) {
		this.claims = claims;
		this.publicUrl = publicUrl;
		this.accounts = accounts;
		this.applicants = applicants;
		this.organisations = organisations;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean awaitsConfirmation(String username) {
		return applicants.findById(username).filter(a -> !a.verified() && a.verificationToken() != null).isPresent();
	}

	/** Mails the same verification link again (audited); nothing when the address is already confirmed. */
	@Override
	@Transactional
	public void resendConfirmation(String username, Locale locale) {
		applicants.findById(username).filter(a -> !a.verified() && a.verificationToken() != null).ifPresent(a -> {
			String link = publicUrl.of("/public/register/verify") + "?token=" + a.verificationToken();
			audit.record("applicant", username, "verification link sent again", null);
			mailer.send(a.email(), messages.getMessage("register.mail.subject", null, locale),
					messages.getMessage("register.mail.body", new Object[] { a.name(), link }, locale), null, null);
		});
	}

	boolean emailTaken(String email) {
		return accounts.exists(email);
	}

	/** Registers the applicant and mails the verification link (the link is the base URL plus the token). */
	@Transactional
	void register(NewApplicant applicant, String verifyBaseUrl, Locale locale) {
		String username = applicant.email().trim().toLowerCase(Locale.ROOT);
		ApplicantOrganisation organisation = organisations.save(applicant.kind() == ApplicantKind.ORGANISATION
				? ApplicantOrganisation.organisation(applicant.organisationName().strip(), applicant.cvr())
				: ApplicantOrganisation.artist(applicant.name().strip()));
		accounts.createDisabled(username, applicant.name().strip(), username, applicant.password(),
				Set.of(Role.APPLICANT));
		String token = token();
		applicants.save(new Applicant(username, applicant.name().strip(), username, organisation.id(), token,
				Instant.now(clock)));
		audit.record("applicant", username, "registered", organisation.kind() + " " + organisation.name()
				+ (organisation.cvr() == null ? "" : " CVR " + organisation.cvr()));
		if (organisation.kind() == ApplicantKind.ORGANISATION) {
			// its own party and its own pending claim, also when the CVR number is claimed or confirmed already
			claims.claim(organisation.cvr(), organisation.name(), organisation.id(), username, applicant.name().strip(),
					username, locale);
		}
		String link = verifyBaseUrl + token;
		mailer.send(username, messages.getMessage("register.mail.subject", null, locale),
				messages.getMessage("register.mail.body", new Object[] { applicant.name().strip(), link }, locale),
				null, null);
	}

	/** Tells the owner of an existing account that somebody tried to register with the address (audited). */
	@Transactional
	void notifyExisting(String email, String loginUrl, Locale locale) {
		audit.record("applicant", email, "registration refused", "e-mail already has an account");
		mailer.send(email, messages.getMessage("register.mail.existing.subject", null, locale),
				messages.getMessage("register.mail.existing.body", new Object[] { loginUrl }, locale));
	}

	/** A colleague accepted an organisation administrator's invitation: an applicant of the same party, verified. */
	@org.springframework.context.event.EventListener
	@Transactional
	void on(OrganisationClaims.MemberJoined joined) {
		Applicant applicant = new Applicant(joined.username(), joined.name(), joined.email(), joined.party(), null,
				Instant.now(clock));
		applicant.verify(Instant.now(clock));
		applicants.save(applicant);
		audit.record("applicant", joined.username(), "joined organisation by invitation", joined.party().toString());
	}

	/** Verifies the e-mail address and enables the account; false if the link is unknown or already used. */
	@Transactional
	boolean verify(String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		return applicants.findByVerificationToken(token).map(applicant -> {
			applicant.verify(Instant.now(clock));
			accounts.enable(applicant.username());
			audit.record("applicant", applicant.username(), "e-mail verified", null);
			return true;
		}).orElse(false);
	}

	private String token() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
