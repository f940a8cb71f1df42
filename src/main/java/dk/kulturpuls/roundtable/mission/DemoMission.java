package dk.kulturpuls.roundtable.mission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The mission history of the demo process: three versions written after workshops 1–3 (the wording is a demo
 * text, not a decision of the real process) and endorsements by the organisations of the actor map, recorded by
 * the secretariat with the named person (marked "(demo)"). Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(32)
class DemoMission implements ApplicationRunner {

	static final String PROCESS = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Organisations organisations;
	private final MissionVersionRepository versions;
	private final EndorsementRepository endorsements;

	DemoMission(Roundtables roundtables, Organisations organisations, MissionVersionRepository versions,
			EndorsementRepository endorsements) {
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.versions = versions;
		this.endorsements = endorsements;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UUID process = roundtables.findByName(PROCESS).map(r -> r.id()).orElse(null);
		if (process == null || !versions.findByRoundtableIdOrderByNumberDesc(process).isEmpty()) {
			return;
		}
		MissionVersion v1 = version(process, 1, "Kunst og kultur for mental sundhed",
				"<p>Kunst og kultur skal være en del af indsatsen for mental sundhed i Danmark.</p>"
						+ "<p>Vi vil samle viden og erfaringer på tværs af regioner og kommuner.</p>",
				null, LocalDateTime.of(2025, 9, 12, 10, 0));
		MissionVersion v2 = version(process, 2, "Kunst og kultur som en fast del af mental sundhed",
				"<p>I 2030 er kunst og kultur en fast og anerkendt del af indsatsen for mental sundhed i hele Danmark.</p>"
						+ "<p>Vi vil samle viden og erfaringer på tværs af regioner, kommuner, kulturliv og fonde.</p>"
						+ "<ul><li>Borgere med mentale udfordringer får adgang til kulturtilbud.</li>"
						+ "<li>Fagfolk i sundhed og kultur arbejder sammen.</li></ul>",
				"Skærpet efter workshop 2: et mål for 2030 og de tre sektorer nævnt.",
				LocalDateTime.of(2025, 10, 24, 14, 30));
		MissionVersion v3 = version(process, 3, "Kunst og kultur som en fast del af mental sundhed",
				"<p>I 2030 er kunst og kultur en fast og anerkendt del af indsatsen for mental sundhed i hele Danmark – "
						+ "forankret i regioner, kommuner og kulturliv og finansieret i fællesskab.</p>"
						+ "<p>Vi vil samle viden og erfaringer på tværs af regioner, kommuner, kulturliv og fonde, "
						+ "og vi måler virkningen.</p>"
						+ "<ul><li>Borgere med mentale udfordringer får lige adgang til kulturtilbud i hele landet.</li>"
						+ "<li>Fagfolk i sundhed og kultur arbejder sammen om den enkelte borger.</li>"
						+ "<li>Gode initiativer skaleres, når de har vist deres effekt.</li></ul>",
				"Workshop 3 (visualisering): forankring, fælles finansiering, måling af virkning og skalering tilføjet.",
				LocalDateTime.of(2025, 12, 5, 9, 0));
		endorse(process, v2, "Region Nordjylland", "Jens Region (demo), kontorchef", LocalDate.of(2025, 11, 14));
		endorse(process, v3, "Region Nordjylland", "Jens Region (demo), kontorchef", LocalDate.of(2026, 1, 20));
		endorse(process, v3, "Nationalt Center for Kunst og Mental Sundhed", "Mette Deltager (demo), centerleder",
				LocalDate.of(2025, 12, 10));
		endorse(process, v3, "Kulturregion Nordjylland", "Sofie Kultur (demo), koordinator", LocalDate.of(2026, 1, 8));
		endorse(process, v3, "KL", "Peter Kommune (demo), chefkonsulent", LocalDate.of(2026, 2, 27));
		if (v1.number() != 1) {
			throw new IllegalStateException("demo versions out of order");
		}
	}

	private MissionVersion version(UUID process, int number, String title, String html, String note,
			LocalDateTime at) {
		return versions.save(new MissionVersion(process, number, title, Roundtables.sanitise(html), note,
				"secretariat", at.atZone(Formats.ZONE).toInstant()));
	}

	private void endorse(UUID process, MissionVersion version, String organisation, String person, LocalDate on) {
		organisations.findByName(organisation).ifPresent(o -> endorsements.save(new Endorsement(process,
				version.id(), o.id().value(), on, person, "secretariat", on.plusDays(1).atStartOfDay(Formats.ZONE)
					.toInstant())));
	}
}
