package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.kulturpuls.roundtable.Roundtables;

/**
 * The national conference of the demo process (PRODUCT.md §4: the results presented to key political people):
 * date, venue and programme are a plan for the demo, registration is open with 150 seats, and two demo people are
 * invited (one of them the demo participant, who sees the invitation on their page). Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(33)
class DemoConference implements ApplicationRunner {

	static final String PROCESS = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Conferences conferences;

	DemoConference(Roundtables roundtables, Conferences conferences) {
		this.roundtables = roundtables;
		this.conferences = conferences;
	}

	@Override
	public void run(ApplicationArguments args) {
		roundtables.findByName(PROCESS).filter(p -> conferences.ofProcess(p.id()).isEmpty()).ifPresent(process -> {
			UUID id = conferences.create(process.id(), new Conference.Details(
					"Kunst, kultur og mental sundhed – national konference", LocalDate.of(2026, 12, 3),
					LocalTime.of(10, 0), LocalTime.of(16, 0), "Plan for demo: Musikkens Hus, Aalborg", 150,
					ConferenceStatus.REGISTRATION_OPEN,
					"Rundbordets mission, anbefalinger og de mest modne initiativer præsenteres for centrale "
							+ "politikere og beslutningstagere."));
			item(id, 10, 0, "Velkomst", "Nationalt Center for Kunst og Mental Sundhed (demo)");
			item(id, 10, 20, "Missionen: fremtidsbilledet som kortfilm", "Eventkoordinator (demo)");
			item(id, 11, 0, "Rundbordets anbefalinger", "Sekretariatet (demo)");
			item(id, 12, 0, "Frokost", null);
			item(id, 13, 0, "De mest modne initiativer klar til skalering", "Initiativholdere (demo)");
			item(id, 14, 30, "Politisk debat: hvad skal ændres?", "Panel af politikere (demo)");
			item(id, 15, 45, "Opsamling og næste skridt", "Sekretariatet (demo)");
			conferences.invite(id, "Mette Deltager (demo)", "participant@demo.kulturpuls.dk",
					"Nationalt Center for Kunst og Mental Sundhed", Locale.of("da"));
			conferences.invite(id, "Formand for sundhedsudvalget (demo)", "sundhedsudvalget@demo.kulturpuls.dk",
					"Sundhedsudvalget (demo)", Locale.of("da"));
		});
	}

	private void item(UUID conference, int hour, int minute, String title, String speaker) {
		conferences.addItem(conference, new ProgrammeItem(LocalTime.of(hour, minute), title, speaker));
	}
}
