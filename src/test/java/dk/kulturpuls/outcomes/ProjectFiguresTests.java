package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The reliable change index and the intention-to-treat analysis, checked against R 4.2.2 on the same numbers. */
class ProjectFiguresTests {

	@Test
	void reliableChangeCountsTheGoodDirectionOfTheInstrument() {
		// UCLA-3: lower is better. R: sd(c(8, 8, 6, 9, 7)) = 1.140175; SE = 1.140175·√0.28 = 0.603324; √2·SE = 0.8532292
		List<ProjectFigures.Measured> pairs = List.of(new ProjectFigures.Measured("A", 8, 5.0),
				new ProjectFigures.Measured("B", 8, 8.0), new ProjectFigures.Measured("C", 6, 8.0),
				new ProjectFigures.Measured("D", 9, 8.0), new ProjectFigures.Measured("E", 7, 7.0));
		ProjectFigures.ReliableChange rc = ProjectFigures.ReliableChange.of("UCLA-3", pairs, 0.72, false, false);
		assertThat(rc.standardError()).isCloseTo(0.603324, within(1e-6));
		assertThat(rc.participants().getFirst().rci()).isCloseTo(-3 / 0.8532292, within(1e-6));
		assertThat(rc.participants()).extracting(ProjectFigures.Individual::verdict).containsExactly(
				ProjectFigures.Verdict.improved, ProjectFigures.Verdict.unchanged, ProjectFigures.Verdict.deteriorated,
				ProjectFigures.Verdict.unchanged, ProjectFigures.Verdict.unchanged);
		assertThat(rc.shareImproved()).isEqualTo(0.2);
		assertThat(rc.shareDeteriorated()).isEqualTo(0.2);
	}

	@Test
	void noReliableChangeWithoutSpreadAtBaseline() {
		ProjectFigures.ReliableChange rc = ProjectFigures.ReliableChange.of("WHO-5",
				List.of(new ProjectFigures.Measured("A", 40, 60.0), new ProjectFigures.Measured("B", 40, 44.0)), 0.81,
				false, true);
		assertThat(rc.defined()).isFalse();
		assertThat(rc.improved()).isZero();
		assertThat(rc.participants()).extracting(ProjectFigures.Individual::verdict)
			.containsOnly(ProjectFigures.Verdict.undetermined);
	}

	@Test
	void intentionToTreatCarriesTheBaselineForward() {
		ProjectFigures.IntentionToTreat itt = ProjectFigures.IntentionToTreat.of(List.of(
				new ProjectFigures.Measured("A", 40, 60.0), new ProjectFigures.Measured("B", 32, 56.0),
				new ProjectFigures.Measured("C", 24, null)), 10, true);
		assertThat(itt.n()).isEqualTo(3);
		assertThat(itt.carriedForward()).isEqualTo(1);
		assertThat(itt.paired().meanChange()).isCloseTo(44 / 3.0, within(1e-12));
		assertThat(itt.paired().zeros()).isEqualTo(1);
	}
}
