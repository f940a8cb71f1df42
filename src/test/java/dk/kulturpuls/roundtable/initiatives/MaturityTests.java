package dk.kulturpuls.roundtable.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MaturityTests {

	static Maturity.Candidate candidate(String name, int... scores) {
		Map<Criterion, Assessment> assessments = new EnumMap<>(Criterion.class);
		IntStream.range(0, scores.length)
			.forEach(i -> assessments.put(Criterion.values()[i], new Assessment(scores[i], "fordi")));
		return new Maturity.Candidate(UUID.randomUUID(), UUID.randomUUID(), name, "", null, assessments);
	}

	@Test
	void ranksByTotalThenByTheWeakestCriterion() {
		Maturity.Ranking ranking = Maturity.rank(List.of(candidate("Lav", 2, 2, 2, 2, 2),
				candidate("Skæv", 5, 5, 5, 5, 1), candidate("Jævn", 4, 4, 4, 4, 5), candidate("Halv", 5, 5)));

		assertThat(ranking.ranked()).extracting(r -> r.candidate().name()).containsExactly("Jævn", "Skæv", "Lav", "Halv");
		assertThat(ranking.ranked()).extracting(Maturity.Ranked::rank).containsExactly(1, 2, 3, null);
	}

	@Test
	void equalTotalsAndWeakestScoresShareARank() {
		Maturity.Ranking ranking = Maturity.rank(List.of(candidate("B", 4, 4, 4, 4, 3), candidate("A", 3, 4, 4, 4, 4),
				candidate("C", 3, 3, 3, 3, 3)));

		assertThat(ranking.ranked()).extracting(r -> r.candidate().name()).containsExactly("A", "B", "C");
		assertThat(ranking.ranked()).extracting(Maturity.Ranked::rank).containsExactly(1, 1, 3);
	}

	@Test
	void readyToScaleNeedsEveryCriterionAtLeastThreeAndATotalOfEighteen() {
		assertThat(candidate("Klar", 4, 4, 4, 3, 3).readyToScale()).isTrue();
		assertThat(candidate("Svagt punkt", 5, 5, 5, 5, 2).readyToScale()).isFalse();
		assertThat(candidate("For lav", 3, 3, 3, 3, 4).readyToScale()).isFalse();
		assertThat(candidate("Ikke vurderet", 5, 5, 5).readyToScale()).isFalse();
	}

	@Test
	void theShortlistIsTheReadyOnesInRankOrderAtMostFive() {
		List<Maturity.Candidate> candidates = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			candidates.add(candidate("Klar " + i, 5, 5, 4, 4, i % 2 == 0 ? 3 : 4));
		}
		candidates.add(candidate("Høj men svag", 5, 5, 5, 5, 1));

		Maturity.Ranking ranking = Maturity.rank(candidates);

		assertThat(ranking.shortlist()).hasSize(Maturity.SHORTLIST_SIZE)
			.allSatisfy(r -> assertThat(r.candidate().readyToScale()).isTrue());
		assertThat(ranking.shortlist().get(0).candidate().total()).isEqualTo(22);
		assertThat(ranking.shortlist()).extracting(r -> r.candidate().name()).doesNotContain("Høj men svag");
	}

	@Test
	void aScoreIsOneToFiveWithAJustification() {
		assertThatThrownBy(() -> new Assessment(0, "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Assessment(6, "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Assessment(3, " ")).isInstanceOf(IllegalArgumentException.class);
	}
}
