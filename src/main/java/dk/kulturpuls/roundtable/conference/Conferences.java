package dk.kulturpuls.roundtable.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.PublicUrl;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The conference of a process: details and programme, invitations of key political people, and public
 * registration with a capacity and a waiting list.
 * <p>
 * Seats are handed out under a row lock on the conference ({@code select ... for update}): registrations,
 * cancellations and capacity changes of one conference run one after the other, so two last registrations at the
 * same time never both get a seat. Every change is audited (subject type {@code roundtable-conference}); the
 * audit holds ids, not the registrants' names or addresses.
 */
@Service
@Transactional
public class Conferences {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** What the public types to register. */
	public record NewRegistration(String name, String email, String organisation, String needs, boolean consent) {
	}

	/** The outcome of a registration: a seat or a place on the waiting list, and the personal link's token. */
	public record Registered(UUID id, RegistrationStatus status, int waitingPosition, String token) {
	}

	/** Somebody on the attendee list: an invited guest who accepted, or a public registration with a seat. */
	public record Attendee(String name, String organisation, String email, boolean invited, String needs,
			boolean consent) {
	}

	/** The result of cancelling: the cancelled registration and, if a seat was freed, who got it. */
	public record Cancelled(RegistrationView registration, Optional<RegistrationView> promoted) {
	}

	private final ConferenceRepository conferences;
	private final RegistrationRepository registrations;
	private final InvitationRepository invitations;
	private final Roundtables roundtables;
	private final Organisations organisations;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final PublicUrl publicUrl;

	Conferences(ConferenceRepository conferences, RegistrationRepository registrations,
			InvitationRepository invitations, Roundtables roundtables, Organisations organisations,
			Accounts accounts, Mailer mailer, MessageSource messages, AuditTrail audit, Clock clock,
			PublicUrl publicUrl) {
		this.conferences = conferences;
		this.registrations = registrations;
		this.invitations = invitations;
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	// the conference

	public UUID create(UUID roundtable, Conference.Details details) {
		roundtables.find(roundtable).orElseThrow(() -> new IllegalArgumentException("no such roundtable"));
		if (conferences.findByRoundtableId(roundtable).isPresent()) {
			throw new ConferenceException("rtc.exists");
		}
		Conference conference = conferences.save(new Conference(roundtable, details));
		audit.record("roundtable-conference", conference.id().toString(), "created",
				details.title() + " " + details.date() + " capacity " + details.capacity());
		return conference.id();
	}

	/**
	 * Changes the details. The capacity cannot drop below the seats already given; when it grows, the waiting list
	 * moves up (each gets a mail).
	 */
	public void change(UUID id, Conference.Details details) {
		Conference conference = lock(id);
		long confirmed = registrations.countByConferenceIdAndStatus(id, RegistrationStatus.CONFIRMED);
		if (details.capacity() < confirmed) {
			throw new ConferenceException("rtc.capacity.belowConfirmed", confirmed);
		}
		conference.change(details);
		audit.record("roundtable-conference", id.toString(), "changed",
				details.title() + " " + details.date() + " capacity " + details.capacity() + " " + details.status());
		fillSeats(conference);
	}

	public void addItem(UUID id, ProgrammeItem item) {
		lock(id).addItem(item);
		audit.record("roundtable-conference", id.toString(), "programme item added", item.startsAt() + " " + item.title());
	}

	public void removeItem(UUID id, int index) {
		lock(id).removeItem(index);
		audit.record("roundtable-conference", id.toString(), "programme item removed", String.valueOf(index));
	}

	@Transactional(readOnly = true)
	public Optional<ConferenceView> ofProcess(UUID roundtable) {
		return conferences.findByRoundtableId(roundtable).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<ConferenceView> find(UUID id) {
		return conferences.findById(id).map(this::view);
	}

	/** The conferences the public may see: upcoming ones first (soonest first), then past ones (latest first). */
	@Transactional(readOnly = true)
	public List<ConferenceView> published() {
		LocalDate today = LocalDate.now(clock);
		List<ConferenceView> all = conferences.published().stream().map(this::view).toList();
		List<ConferenceView> result = new ArrayList<>(all.stream().filter(c -> !c.date().isBefore(today))
			.sorted(Comparator.comparing(ConferenceView::date)).toList());
		result.addAll(all.stream().filter(c -> c.date().isBefore(today)).toList());
		return result;
	}

	private ConferenceView view(Conference c) {
		return c.view((int) registrations.countByConferenceIdAndStatus(c.id(), RegistrationStatus.CONFIRMED),
				(int) registrations.countByConferenceIdAndStatus(c.id(), RegistrationStatus.WAITING));
	}

	// public registration

	/**
	 * Registers somebody: a seat while there are any, otherwise a place on the waiting list. Sends the
	 * confirmation with the personal link for cancelling.
	 */
	public Registered register(UUID id, NewRegistration registration, Locale locale) {
		Conference conference = lock(id);
		if (!conference.open() || conference.view(0, 0).date().isBefore(LocalDate.now(clock))) {
			throw new ConferenceException("rtc.registration.closed");
		}
		if (registrations.activeWithEmail(id, registration.email().strip())) {
			throw new ConferenceException("rtc.registration.duplicate");
		}
		long confirmed = registrations.countByConferenceIdAndStatus(id, RegistrationStatus.CONFIRMED);
		RegistrationStatus status = confirmed < conference.capacity() ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITING;
		String token = Tokens.newToken();
		String language = language(locale);
		Registration saved = registrations.saveAndFlush(new Registration(id, registration.name(),
				registration.email(), registration.organisation(), registration.needs(), registration.consent(),
				language, Tokens.hash(token), status, Instant.now(clock)));
		int position = status == RegistrationStatus.WAITING
				? (int) registrations.countByConferenceIdAndStatus(id, RegistrationStatus.WAITING) : 0;
		Locale mailLocale = Locale.of(language);
		ConferenceView view = view(conference);
		mailer.send(saved.email(), text("rtc.mail.registered." + status + ".subject", mailLocale, view.title()),
				text("rtc.mail.registered." + status + ".body", mailLocale, saved.name(), view.title(),
						Formats.date(view.date()), TIME.format(view.startsAt()), view.venue(),
						registrationLink(token), position));
		audit.record("roundtable-conference", id.toString(), "registered", saved.id() + " " + status);
		return new Registered(saved.id(), status, position, token);
	}

	/** The registration behind a personal link. */
	@Transactional(readOnly = true)
	public Optional<RegistrationView> registrationByToken(String token) {
		if (!Tokens.plausible(token)) {
			return Optional.empty();
		}
		return registrations.findByTokenHash(Tokens.hash(token)).map(this::view);
	}

	/** Cancels through the personal link; a freed seat goes to the first on the waiting list (mail to both). */
	public Cancelled cancel(String token) {
		Registration found = (Tokens.plausible(token) ? registrations.findByTokenHash(Tokens.hash(token))
				: Optional.<Registration>empty())
			.orElseThrow(() -> new IllegalArgumentException("no such registration"));
		Conference conference = lock(found.conferenceId());
		if (found.status() == RegistrationStatus.CANCELLED) {
			throw new ConferenceException("rtc.registration.alreadyCancelled");
		}
		if (conference.view(0, 0).status() == ConferenceStatus.HELD) {
			throw new ConferenceException("rtc.registration.held");
		}
		found.cancel(Instant.now(clock));
		registrations.flush();
		Locale locale = Locale.of(found.language());
		mailer.send(found.email(), text("rtc.mail.cancelled.subject", locale, conference.title()),
				text("rtc.mail.cancelled.body", locale, found.name(), conference.title()));
		audit.record("roundtable-conference", conference.id().toString(), "registration cancelled",
				found.id().toString());
		List<Registration> promoted = fillSeats(conference);
		return new Cancelled(view(found), promoted.stream().findFirst().map(r -> r.view(0)));
	}

	/** Gives free seats to the waiting list in order of registration. */
	private List<Registration> fillSeats(Conference conference) {
		long confirmed = registrations.countByConferenceIdAndStatus(conference.id(), RegistrationStatus.CONFIRMED);
		List<Registration> promoted = new ArrayList<>();
		for (Registration waiting : registrations.findByConferenceIdAndStatusOrderBySequenceAsc(conference.id(),
				RegistrationStatus.WAITING)) {
			if (confirmed >= conference.capacity()) {
				break;
			}
			waiting.promote();
			confirmed++;
			promoted.add(waiting);
			ConferenceView view = view(conference);
			Locale locale = Locale.of(waiting.language());
			mailer.send(waiting.email(), text("rtc.mail.promoted.subject", locale, view.title()),
					text("rtc.mail.promoted.body", locale, waiting.name(), view.title(), Formats.date(view.date()),
							TIME.format(view.startsAt()), view.venue()));
			audit.record("roundtable-conference", conference.id().toString(), "promoted from waiting list",
					waiting.id().toString());
		}
		registrations.flush();
		return promoted;
	}

	/** Every registration of a conference in order of registration, with the waiting list's positions. */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrations(UUID id) {
		List<RegistrationView> result = new ArrayList<>();
		int position = 0;
		for (Registration r : registrations.findByConferenceIdOrderBySequenceAsc(id)) {
			result.add(r.view(r.status() == RegistrationStatus.WAITING ? ++position : 0));
		}
		return result;
	}

	private RegistrationView view(Registration registration) {
		if (registration.status() != RegistrationStatus.WAITING) {
			return registration.view(0);
		}
		return registrations(registration.conferenceId()).stream().filter(r -> r.id().equals(registration.id()))
			.findFirst().orElseThrow();
	}

	// invitations

	/** Invites a key political person: a mail with a personal link to accept or decline. */
	public UUID invite(UUID id, String name, String email, String affiliation, Locale language) {
		Conference conference = conferences.findById(id).orElseThrow(() -> new IllegalArgumentException("no such conference"));
		if (invitations.existsWithEmail(id, email.strip())) {
			throw new ConferenceException("rtc.invitation.duplicate");
		}
		String token = Tokens.newToken();
		Invitation invitation = invitations.save(new Invitation(id, name, email, affiliation, language(language),
				Tokens.hash(token), Instant.now(clock)));
		ConferenceView view = view(conference);
		Locale locale = Locale.of(language(language));
		mailer.send(invitation.email(), text("rtc.mail.invitation.subject", locale, view.title()),
				text("rtc.mail.invitation.body", locale, name.strip(), view.title(), Formats.date(view.date()),
						TIME.format(view.startsAt()), view.venue(), invitationLink(token)));
		audit.record("roundtable-conference", id.toString(), "invited", invitation.id().toString());
		return invitation.id();
	}

	@Transactional(readOnly = true)
	public Optional<InvitationView> invitationByToken(String token) {
		if (!Tokens.plausible(token)) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(Tokens.hash(token)).map(Invitation::view);
	}

	/** Accepts or declines through the personal link. */
	public void answer(String token, boolean accept) {
		Invitation invitation = (Tokens.plausible(token) ? invitations.findByTokenHash(Tokens.hash(token))
				: Optional.<Invitation>empty())
			.orElseThrow(() -> new IllegalArgumentException("no such invitation"));
		answer(invitation, accept);
	}

	/** Accepts or declines as a logged-in user to whose e-mail address the invitation was sent. */
	public void answerAsUser(UUID invitationId, String username, boolean accept) {
		Invitation invitation = invitations.findById(invitationId)
			.orElseThrow(() -> new IllegalArgumentException("no such invitation"));
		if (!emailsOf(username).contains(invitation.email().toLowerCase(Locale.ROOT))) {
			throw new SecurityException("not the invited person");
		}
		answer(invitation, accept);
	}

	private void answer(Invitation invitation, boolean accept) {
		Conference conference = conferences.findById(invitation.conferenceId()).orElseThrow();
		if (conference.view(0, 0).status() == ConferenceStatus.HELD) {
			throw new ConferenceException("rtc.invitation.held");
		}
		invitation.answer(accept, Instant.now(clock));
		audit.record("roundtable-conference", invitation.conferenceId().toString(),
				accept ? "invitation accepted" : "invitation declined", invitation.id().toString());
	}

	@Transactional(readOnly = true)
	public List<InvitationView> invitations(UUID id) {
		return invitations.findByConferenceIdOrderByNameAsc(id).stream().map(Invitation::view).toList();
	}

	/** An invitation shown on a participant's page, with its conference. */
	public record ParticipantInvitation(InvitationView invitation, ConferenceView conference) {
	}

	/** The invitations sent to the user's e-mail addresses (the account's and its contact people's). */
	@Transactional(readOnly = true)
	public List<ParticipantInvitation> invitationsOfUser(String username) {
		Set<String> emails = emailsOf(username);
		if (emails.isEmpty()) {
			return List.of();
		}
		return invitations.findByEmails(emails).stream()
			.map(i -> new ParticipantInvitation(i.view(), conferences.findById(i.conferenceId()).map(this::view).orElseThrow()))
			.toList();
	}

	private Set<String> emailsOf(String username) {
		Set<String> emails = new LinkedHashSet<>();
		accounts.find(username).map(Accounts.AccountView::email).ifPresent(emails::add);
		organisations.contactsOfUser(username).stream().map(Organisations.Contact::email).forEach(emails::add);
		emails.removeIf(e -> e == null || e.isBlank());
		Set<String> lower = new LinkedHashSet<>();
		emails.forEach(e -> lower.add(e.strip().toLowerCase(Locale.ROOT)));
		return lower;
	}

	// the attendee list

	/** Accepted invitations and confirmed registrations, by name. */
	@Transactional(readOnly = true)
	public List<Attendee> attendees(UUID id) {
		List<Attendee> list = new ArrayList<>();
		invitations(id).stream().filter(i -> i.status() == InvitationStatus.ACCEPTED)
			.forEach(i -> list.add(new Attendee(i.name(), i.affiliation(), i.email(), true, null, true)));
		registrations(id).stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.forEach(r -> list.add(new Attendee(r.name(), r.organisation(), r.email(), false, r.needs(), r.consent())));
		list.sort(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

	/** Whether the conference day has passed (the public page then says so). */
	@Transactional(readOnly = true)
	public boolean past(ConferenceView conference) {
		return conference.date().isBefore(LocalDate.now(clock));
	}

	// helpers

	private Conference lock(UUID id) {
		return conferences.lock(id).orElseThrow(() -> new IllegalArgumentException("no such conference"));
	}

	private static String language(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private String registrationLink(String token) {
		return publicUrl.of("/public/conference-registrations/{token}", token);
	}

	private String invitationLink(String token) {
		return publicUrl.of("/public/conference-invitations/{token}", token);
	}
}
