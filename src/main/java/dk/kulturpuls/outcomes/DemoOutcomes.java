package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

/**
 * Demo measurements (demo profile only; every participant is flagged demo and the dashboard says so): WHO-5,
 * SWEMWBS and UCLA-3 at baseline and end in the demo projects, shaped like the Danish culture-on-prescription
 * results (WHO-5 about 38 before and 58 after among completers), with drop-outs and one project below the
 * threshold, and the first release of the figures. Seeded, so every start gives the same figures; skipped when demo participants exist.
 */
@Component
@Profile("demo")
@Order(40)
class DemoOutcomes implements ApplicationRunner {

	private final Projects projects;
	private final Participants participants;
	private final JdbcClient jdbc;
	private final MeasurementPlans plans;
	private final OutcomeReleases releases;

	DemoOutcomes(Projects projects, Participants participants, JdbcClient jdbc, MeasurementPlans plans,
			OutcomeReleases releases) {
		this.projects = projects;
		this.participants = participants;
		this.jdbc = jdbc;
		this.plans = plans;
		this.releases = releases;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
		if (releases.latest().isEmpty()) {
			releases.publish("demo");
		}
	}

	private void seed() {
		List<ProjectView> demo = projects.all().stream().filter(p -> p.name().endsWith("(demo)")).toList();
		List<MeasurementPlans.Entry> plan = new ArrayList<>();
		for (String instrument : List.of("WHO-5", "SWEMWBS", "UCLA-3")) {
			plan.add(new MeasurementPlans.Entry(instrument, TimePoint.BASELINE, null));
			plan.add(new MeasurementPlans.Entry(instrument, TimePoint.END, null));
		}
		plan.add(new MeasurementPlans.Entry("WHO-5", TimePoint.FOLLOW_UP, 6));
		demo.forEach(p -> plans.ensure(p.id(), plan));
		if (jdbc.sql("select count(*) from outcomes_participant where demo").query(Long.class).single() > 0) {
			return;
		}
		int[] sizes = { 40, 24, 4 };
		Random random = new Random(38_58);
		for (int i = 0; i < demo.size() && i < sizes.length; i++) {
			for (int n = 0; n < sizes[i]; n++) {
				Participants.Participant p = participants.enrol(demo.get(i).id(), null, null, true);
				double baseline = clamp(38 + 14 * random.nextGaussian(), 0, 100);
				participants.recordPaper(p.id(), "WHO-5", TimePoint.BASELINE, items(baseline / 4, 5, 0, 5, random));
				participants.recordPaper(p.id(), "SWEMWBS", TimePoint.BASELINE,
						items(clamp(19 + 4 * random.nextGaussian(), 7, 35), 7, 1, 5, random));
				participants.recordPaper(p.id(), "UCLA-3", TimePoint.BASELINE,
						items(clamp(6.5 + 1.5 * random.nextGaussian(), 3, 9), 3, 1, 3, random));
				boolean dropOut = random.nextDouble() < 0.25;
				if (!dropOut) {
					double end = clamp(baseline + 20 + 14 * random.nextGaussian(), 0, 100);
					participants.recordPaper(p.id(), "WHO-5", TimePoint.END, items(end / 4, 5, 0, 5, random));
					participants.recordPaper(p.id(), "SWEMWBS", TimePoint.END,
							items(clamp(21.5 + 4 * random.nextGaussian(), 7, 35), 7, 1, 5, random));
					participants.recordPaper(p.id(), "UCLA-3", TimePoint.END,
							items(clamp(5.5 + 1.5 * random.nextGaussian(), 3, 9), 3, 1, 3, random));
				}
			}
		}
	}

	/** Item answers within range whose sum is the given total (rounded). */
	static List<Integer> items(double total, int count, int min, int max, Random random) {
		int rest = (int) Math.round(clamp(total, count * min, count * max));
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int left = count - i - 1;
			int low = Math.max(min, rest - left * max);
			int high = Math.min(max, rest - left * min);
			int even = (int) Math.round((double) rest / (count - i));
			int answer = Math.max(low, Math.min(high, even + (random.nextBoolean() ? 0 : (random.nextBoolean() ? 1 : -1))));
			answers.add(answer);
			rest -= answer;
		}
		return answers;
	}

	private static double clamp(double v, double low, double high) {
		return Math.max(low, Math.min(high, v));
	}
}
