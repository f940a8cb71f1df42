package dk.kulturpuls.roundtable.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.platform.Mailer;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The conference: seats and the waiting list (also under concurrent registrations), cancellation moving the
 * waiting list up, capacity changes, and invitations with hashed personal tokens.
 */
@ApplicationTest
class ConferenceTests {

	static final Pattern TOKEN = Pattern.compile("/public/conference-(?:registrations|invitations)/([A-Za-z0-9_-]{43})");

	@Autowired
	Conferences conferences;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	UUID conference(int capacity) {
		UUID process = roundtables.create("Konferenceforløb " + suffix, "At prøve konferencen af.", 2031, 2031);
		return conferences.create(process, new Conference.Details("Konference " + suffix, LocalDate.of(2031, 11, 5),
				LocalTime.of(10, 0), LocalTime.of(16, 0), "Aalborg", capacity, ConferenceStatus.REGISTRATION_OPEN,
				null));
	}

	String email(String who) {
		return who + "-" + suffix + "@test.kulturpuls.invalid";
	}

	Conferences.Registered register(UUID conference, String who) {
		return conferences.register(conference,
				new Conferences.NewRegistration(who, email(who), "Kulturhuset", null, true), Locale.of("da"));
	}

	static String token(Mailer.Mail mail) {
		Matcher m = TOKEN.matcher(mail.body());
		assertThat(m.find()).as("a personal link in %s", mail.body()).isTrue();
		return m.group(1);
	}

	@Test
	void givesSeatsUpToTheCapacityThenPlacesOnTheWaitingList() {
		UUID id = conference(2);
		assertThat(register(id, "anna").status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(id, "bo").status()).isEqualTo(RegistrationStatus.CONFIRMED);
		Conferences.Registered carl = register(id, "carl");
		Conferences.Registered dorte = register(id, "dorte");
		assertThat(carl.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(carl.waitingPosition()).isEqualTo(1);
		assertThat(dorte.waitingPosition()).isEqualTo(2);

		assertThat(mailer.to(email("anna"))).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Bekræftelse");
			assertThat(mail.body()).contains("05.11.2031").contains("10:00");
		});
		assertThat(mailer.to(email("carl"))).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("nummer 1"));
		ConferenceView view = conferences.find(id).orElseThrow();
		assertThat(view.confirmed()).isEqualTo(2);
		assertThat(view.waiting()).isEqualTo(2);
		assertThat(view.seatsLeft()).isZero();
	}

	@Test
	void cancellingFreesTheSeatForTheFirstOnTheWaitingList() {
		UUID id = conference(1);
		register(id, "anna");
		register(id, "bo");
		register(id, "carl");
		String annasToken = token(mailer.to(email("anna")).getFirst());

		Conferences.Cancelled cancelled = conferences.cancel(annasToken);

		assertThat(cancelled.registration().status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(cancelled.promoted()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("bo"));
		assertThat(mailer.to(email("anna"))).anySatisfy(m -> assertThat(m.subject()).contains("annulleret"));
		assertThat(mailer.to(email("bo"))).anySatisfy(m -> assertThat(m.subject()).startsWith("Du har fået en plads"));
		assertThat(conferences.registrations(id)).extracting(RegistrationView::name, RegistrationView::status,
				RegistrationView::waitingPosition)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("anna", RegistrationStatus.CANCELLED, 0),
					org.assertj.core.groups.Tuple.tuple("bo", RegistrationStatus.CONFIRMED, 0),
					org.assertj.core.groups.Tuple.tuple("carl", RegistrationStatus.WAITING, 1));
		assertThatThrownBy(() -> conferences.cancel(annasToken)).hasMessage("rtc.registration.alreadyCancelled");
		assertThat(conferences.attendees(id)).extracting(Conferences.Attendee::name).containsExactly("bo");
	}

	@Test
	void twoLastRegistrationsAtTheSameTimeDoNotBothGetASeat() throws Exception {
		UUID id = conference(3);
		int people = 8;
		ExecutorService pool = Executors.newFixedThreadPool(people);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Conferences.Registered>> results = new ArrayList<>();
		try {
			for (int i = 0; i < people; i++) {
				String who = "samtidig" + i;
				results.add(pool.submit(() -> {
					start.await();
					return register(id, who);
				}));
			}
			start.countDown();
			int confirmed = 0;
			for (Future<Conferences.Registered> result : results) {
				if (result.get().status() == RegistrationStatus.CONFIRMED) {
					confirmed++;
				}
			}
			assertThat(confirmed).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
		ConferenceView view = conferences.find(id).orElseThrow();
		assertThat(view.confirmed()).isEqualTo(3);
		assertThat(view.waiting()).isEqualTo(5);
		assertThat(conferences.registrations(id)).filteredOn(r -> r.status() == RegistrationStatus.WAITING)
			.extracting(RegistrationView::waitingPosition).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void refusesASecondRegistrationWithTheSameAddressAndRegistrationWhenClosed() {
		UUID id = conference(5);
		register(id, "anna");
		assertThatThrownBy(() -> conferences.register(id, new Conferences.NewRegistration("Anna igen",
				email("anna").toUpperCase(Locale.ROOT), null, null, false), Locale.of("da")))
			.hasMessage("rtc.registration.duplicate");
		ConferenceView view = conferences.find(id).orElseThrow();
		conferences.change(id, new Conference.Details(view.title(), view.date(), view.startsAt(), view.endsAt(),
				view.venue(), view.capacity(), ConferenceStatus.REGISTRATION_CLOSED, null));
		assertThatThrownBy(() -> register(id, "bo")).hasMessage("rtc.registration.closed");
	}

	@Test
	void capacityCannotDropBelowTheSeatsGivenAndMoreSeatsMoveTheWaitingListUp() {
		UUID id = conference(2);
		register(id, "anna");
		register(id, "bo");
		register(id, "carl");
		ConferenceView view = conferences.find(id).orElseThrow();
		assertThatThrownBy(() -> conferences.change(id, details(view, 1))).hasMessage("rtc.capacity.belowConfirmed");

		conferences.change(id, details(view, 3));

		assertThat(conferences.find(id).orElseThrow().confirmed()).isEqualTo(3);
		assertThat(mailer.to(email("carl"))).anySatisfy(m -> assertThat(m.subject()).startsWith("Du har fået en plads"));
		assertThat(mailer.to(email("bo"))).hasSize(1);
	}

	static Conference.Details details(ConferenceView view, int capacity) {
		return new Conference.Details(view.title(), view.date(), view.startsAt(), view.endsAt(), view.venue(), capacity,
				view.status(), view.description());
	}

	@Test
	void registrationInEnglishGetsTheMailInEnglish() {
		UUID id = conference(1);
		conferences.register(id, new Conferences.NewRegistration("Emma", email("emma"), null, "vegetarian", false),
				Locale.ENGLISH);
		assertThat(mailer.to(email("emma"))).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).startsWith("Confirmation: you are registered"));
	}

	@Test
	void invitationsAreAnsweredThroughAPersonalLinkWhoseTokenIsStoredOnlyAsAHash() {
		UUID id = conference(10);
		UUID invitation = conferences.invite(id, "Pia Politiker", email("pia"), "Sundhedsudvalget",
				Locale.of("da"));
		String token = token(mailer.to(email("pia")).getFirst());

		String stored = jdbc.sql("select token_hash from roundtable_conference_invitation where id = :id")
			.param("id", invitation).query(String.class).single();
		assertThat(stored).isNotEqualTo(token).isEqualTo(Tokens.hash(token)).hasSize(64);
		assertThat(conferences.invitationByToken(token)).hasValueSatisfying(i -> {
			assertThat(i.name()).isEqualTo("Pia Politiker");
			assertThat(i.status()).isEqualTo(InvitationStatus.INVITED);
		});
		assertThat(conferences.invitationByToken(stored)).as("the hash is not a key").isEmpty();
		assertThat(conferences.invitationByToken(Tokens.newToken())).isEmpty();
		assertThat(conferences.invitationByToken("../etc")).isEmpty();

		conferences.answer(token, true);

		assertThat(conferences.invitations(id)).singleElement()
			.satisfies(i -> assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED));
		assertThat(conferences.attendees(id)).singleElement().satisfies(a -> {
			assertThat(a.name()).isEqualTo("Pia Politiker");
			assertThat(a.invited()).isTrue();
		});
		assertThatThrownBy(() -> conferences.invite(id, "Pia igen", email("pia"), null, Locale.of("da")))
			.hasMessage("rtc.invitation.duplicate");
	}

	@Test
	void tokensAreLongRandomAndUrlSafe() {
		String a = Tokens.newToken();
		String b = Tokens.newToken();
		assertThat(a).isNotEqualTo(b).matches("[A-Za-z0-9_-]{43}");
		assertThat(Tokens.plausible(a)).isTrue();
		assertThat(Tokens.plausible(a + "x")).isFalse();
		assertThat(Tokens.plausible(null)).isFalse();
	}

	@Test
	void noRegistrationAfterTheDayAndNoCancellingOnceHeld() {
		UUID id = conference(5);
		Conferences.Registered anna = register(id, "anna");
		ConferenceView view = conferences.find(id).orElseThrow();
		conferences.change(id, new Conference.Details(view.title(), LocalDate.of(2020, 1, 10), view.startsAt(),
				view.endsAt(), view.venue(), view.capacity(), ConferenceStatus.REGISTRATION_OPEN, null));
		assertThatThrownBy(() -> register(id, "bo")).hasMessage("rtc.registration.closed");
		conferences.change(id, new Conference.Details(view.title(), LocalDate.of(2020, 1, 10), view.startsAt(),
				view.endsAt(), view.venue(), view.capacity(), ConferenceStatus.HELD, null));
		assertThatThrownBy(() -> conferences.cancel(anna.token())).hasMessage("rtc.registration.held");
		assertThat(conferences.registrationByToken(anna.token())).hasValueSatisfying(
				r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
	}
}
