package dk.kulturpuls.roundtable.process;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.kulturpuls.roundtable.Roundtables;

/**
 * The milestones of the demo process's two iterations (PRODUCT.md §4): 2025 mobilisation, visualisation of the
 * mission, mid-term evaluation with the first recommendations; 2026 final report and the national conference. The
 * dates are a plan for the demo. Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(32)
class DemoMilestones implements ApplicationRunner {

	static final String PROCESS = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Milestones milestones;

	DemoMilestones(Roundtables roundtables, Milestones milestones) {
		this.roundtables = roundtables;
		this.milestones = milestones;
	}

	@Override
	public void run(ApplicationArguments args) {
		roundtables.findByName(PROCESS).filter(p -> !milestones.any(p.id())).ifPresent(process -> {
			var id = process.id();
			String secretariat = "Sekretariatet (demo)";
			done(id, 2025, MilestoneKind.MOBILISATION, "Mobilisering: alliancen og de første 8–10 aktører er samlet",
					LocalDate.of(2025, 8, 29), secretariat, LocalDate.of(2025, 8, 27));
			done(id, 2025, MilestoneKind.MISSION_VISUALISATION, "Missionen visualiseret (kortfilm og visual)",
					LocalDate.of(2025, 12, 19), "Eventkoordinator (demo)", LocalDate.of(2025, 12, 17));
			done(id, 2025, MilestoneKind.MIDTERM_EVALUATION, "Midtvejsevaluering og første anbefalinger",
					LocalDate.of(2026, 1, 30), secretariat, LocalDate.of(2026, 2, 4));
			milestones.add(id, 2026, MilestoneKind.FINAL_REPORT,
					"Endelig rapport med anbefalinger og modne initiativer", LocalDate.of(2026, 10, 30), secretariat);
			milestones.add(id, 2026, MilestoneKind.CONFERENCE, "National konference for centrale politikere",
					LocalDate.of(2026, 12, 3), secretariat);
		});
	}

	private void done(java.util.UUID process, int iteration, MilestoneKind kind, String title, LocalDate due,
			String responsible, LocalDate doneOn) {
		java.util.UUID milestone = milestones.add(process, iteration, kind, title, due, responsible);
		milestones.change(milestone, iteration, kind, title, due, responsible, true, doneOn);
	}
}
