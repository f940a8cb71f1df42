package dk.kulturpuls.roundtable.initiatives;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.roundtable.Roundtables;

/**
 * Six demo candidate initiatives of the demo process with their maturity assessments (scores and justifications
 * are a demo, not an assessment of real projects), one of them not yet assessed. Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(34)
class DemoInitiatives implements ApplicationRunner {

	static final String PROCESS = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Initiatives initiatives;
	private final InitiativeRepository repository;

	DemoInitiatives(Roundtables roundtables, Initiatives initiatives, InitiativeRepository repository) {
		this.roundtables = roundtables;
		this.initiatives = initiatives;
		this.repository = repository;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UUID process = roundtables.findByName(PROCESS).map(r -> r.id()).orElse(null);
		if (process == null || !repository.findByRoundtableIdOrderByCreatedAtAsc(process).isEmpty()) {
			return;
		}
		add(process, "Kulturvitaminer (demo)", "Kulturforløb på ti uger for borgere på sygedagpenge, henvist af jobcentret.",
				"Aalborg Kommune", 5, "Evalueret i flere kommuner med målinger før og efter.", 4,
				"Kan gennemføres af kommunernes kulturinstitutioner med en fast model.", 4,
				"Forankret i jobcenter og kulturforvaltning.", 3, "Delvis kommunal finansiering; resten fra fonde.", 4,
				"Kulturinstitutionerne i regionen er klar.");
		add(process, "Kunst på afdelingen (demo)", "Musik og billedkunst sammen med indlagte patienter i psykiatrien.",
				"Region Nordjylland", 4, "Evaluering af oplevet trivsel; ingen kontrolgruppe.", 3,
				"Kræver kunstnere med særlig erfaring.", 4, "En del af regionens psykiatriplan.", 4,
				"Finansieret af regionen i 2026.", 3, "To afdelinger mere er interesserede.");
		add(process, "Sang for lungerne og sindet (demo)", "Korsang for borgere med kronisk sygdom og angst.",
				"Kulturregion Nordjylland", 3, "Gode erfaringer, spredte målinger.", 5,
				"Enkelt at udbrede gennem kor og musikskoler.", 3, "Drevet af frivillige og musikskoler.", 3,
				"Små bevillinger fra fonde.", 4, "Musikskolerne har sagt ja.");
		add(process, "Museumsvenner (demo)", "Guidede museumsbesøg i små grupper for ensomme ældre.",
				"Kulturregion Midtjylland", 2, "Kun deltagernes egne beretninger.", 4,
				"Museer findes i alle kommuner.", 2, "Projektansat koordinator.", 2, "Projektmidler til og med 2026.", 3,
				"Tre museer deltager.");
		add(process, "Kreative værksteder for unge (demo)", "Værksteder med kunstnere for unge med angst og depression.",
				"Nationalt Center for Kunst og Mental Sundhed", 3, "Pilotevaluering med WHO-5 før og efter.", 3,
				"Kræver lokaler og kunstnere med pædagogisk erfaring.", 4, "En del af centrets program.", 4,
				"Nordea-fonden har givet tilsagn.", 4, "Fire kommuner står klar.");
		initiatives.add(process, "Litteraturcaféer på biblioteket (demo)",
				"Fælles læsning i små grupper på bibliotekerne.", "KL");
	}

	private void add(UUID process, String name, String description, String lead, int evidence, String evidenceWhy,
			int scalability, String scalabilityWhy, int anchoring, String anchoringWhy, int funding, String fundingWhy,
			int partners, String partnersWhy) {
		UUID id = initiatives.add(process, name, description, lead);
		Map<Criterion, Assessment> scores = new EnumMap<>(Criterion.class);
		scores.put(Criterion.EVIDENCE_OF_EFFECT, new Assessment(evidence, evidenceWhy));
		scores.put(Criterion.SCALABILITY, new Assessment(scalability, scalabilityWhy));
		scores.put(Criterion.ORGANISATIONAL_ANCHORING, new Assessment(anchoring, anchoringWhy));
		scores.put(Criterion.FUNDING_SECURED, new Assessment(funding, fundingWhy));
		scores.put(Criterion.PARTNER_READINESS, new Assessment(partners, partnersWhy));
		initiatives.assess(id, scores);
	}
}
