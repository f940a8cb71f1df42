package dk.kulturpuls.knowledge;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo publications shaped like the programme's reports, marked "(demo)" in their titles so that nobody takes
 * them for real findings; one is internal. Demo profile only, idempotent.
 */
@Component
@Profile("demo")
@Order(30)
class DemoKnowledge implements ApplicationRunner {

	private final KnowledgeBase knowledge;
	private final PublicationRepository repository;

	DemoKnowledge(KnowledgeBase knowledge, PublicationRepository repository) {
		this.knowledge = knowledge;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		publish("Kulturvitaminer i nordjyske kommuner – slutrapport (demo)",
				"Erfaringer fra forløb med kulturoplevelser for borgere på sygedagpenge. Rapporten beskriver, "
						+ "hvordan kommunerne og kulturinstitutionerne samarbejdede om rekruttering og forløb.",
				PublicationKind.PROJECT_REPORT, "health-promoting-courses", Set.of("mental-health"),
				Set.of("0851", "0840"), ArtForm.SEVERAL, "WEMWBS", 2025, true);
		publish("Evaluering af Kunst på afdelingen (demo)",
				"Evaluering af musik og billedkunst sammen med indlagte patienter: oplevet trivsel, "
						+ "personalets vurdering og anbefalinger til andre hospitaler og kommuner.",
				PublicationKind.EVALUATION, "vulnerable-citizens", Set.of("hospital-patients", "elderly"),
				Set.of("0860"), ArtForm.MUSIC, null, 2026, true);
		publish("Vejledning: sådan rekrutterer du deltagere gennem jobcentret (demo)",
				"En praktisk vejledning til projektledere om samarbejde med kommunens jobcenter, "
						+ "samtykke og den første samtale med deltagerne.",
				PublicationKind.GUIDE, "health-promoting-courses", Set.of("mental-health"), Set.of("0851"),
				null, null, 2024, true);
		publish("Intern statusnotat om rekruttering (demo)",
				"Internt notat om rekrutteringsvanskeligheder i to kommuner; må ikke offentliggøres.",
				PublicationKind.PROJECT_REPORT, "health-promoting-courses", Set.of("mental-health"),
				Set.of("0787"), null, null, 2026, false);
	}

	private void publish(String title, String summary, PublicationKind kind, String offerType,
			Set<String> targetGroups, Set<String> municipalities, ArtForm artForm, String instrument, int year,
			boolean publiclyVisible) {
		if (!repository.existsByTitle(title)) {
			knowledge.publish(new KnowledgeBase.NewPublication(title, summary, kind, offerType, targetGroups,
					municipalities, artForm == null ? null : artForm.name(), instrument, year, publiclyVisible), null,
					"demo");
		}
	}
}
