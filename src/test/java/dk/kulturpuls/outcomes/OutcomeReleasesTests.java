package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The rules of a release: which contribution a project makes, rounding, and exact pooling of whole contributions. */
class OutcomeReleasesTests {

	static Set<UUID> people(int n) {
		return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).collect(Collectors.toCollection(HashSet::new));
	}

	static OutcomeReleases.Basis basis(Set<UUID> members, TimePoint at) {
		return new OutcomeReleases.Basis(UUID.randomUUID(), UUID.randomUUID(), at, Instant.now(), members,
				members.size(), 0, 0, 0, 0, 0, 0, null, null);
	}

	@Test
	void aProjectContributesOnlyWithAtLeastTheThresholdAndRenewsInStepsOfIt() {
		assertThat(OutcomeReleases.choose(people(4), null, List.of(), 5)).isEqualTo(OutcomeReleases.Choice.EXCLUDE);
		assertThat(OutcomeReleases.choose(people(5), null, List.of(), 5)).isEqualTo(OutcomeReleases.Choice.NEW);

		Set<UUID> first = people(6);
		OutcomeReleases.Basis released = basis(first, TimePoint.END);
		Set<UUID> grown = new HashSet<>(first);
		grown.addAll(people(4));
		// four more: not renewed, the earlier contribution is released again
		assertThat(OutcomeReleases.choose(grown, released, List.of(released), 5)).isEqualTo(OutcomeReleases.Choice.REUSE);
		grown.addAll(people(1));
		assertThat(OutcomeReleases.choose(grown, released, List.of(released), 5)).isEqualTo(OutcomeReleases.Choice.NEW);

		// one withdrawn: neither renewed (a difference of one) nor reused (it holds the withdrawn answers)
		Set<UUID> shrunk = new HashSet<>(first);
		shrunk.remove(first.iterator().next());
		assertThat(OutcomeReleases.choose(shrunk, released, List.of(released), 5))
			.isEqualTo(OutcomeReleases.Choice.EXCLUDE);
		assertThat(OutcomeReleases.choose(first, released, List.of(released), 5)).isEqualTo(OutcomeReleases.Choice.REUSE);

		// the follow-up against the end: four fewer is too close, the same set is fine
		Set<UUID> end = people(9);
		Set<UUID> followUp = end.stream().limit(5).collect(Collectors.toSet());
		OutcomeReleases.Basis atEnd = basis(end, TimePoint.END);
		assertThat(OutcomeReleases.choose(followUp, null, List.of(atEnd), 5)).isEqualTo(OutcomeReleases.Choice.EXCLUDE);
		assertThat(OutcomeReleases.choose(end, null, List.of(atEnd), 5)).isEqualTo(OutcomeReleases.Choice.NEW);
	}

	@Test
	void countsAreRoundedToBaseFive() {
		assertThat(List.of(0, 1, 2, 3, 4, 5, 7, 8, 12, 13).stream().map(OutcomeReleases::round5).toList())
			.containsExactly(0, 0, 0, 5, 5, 5, 5, 10, 10, 15);
	}

	@Test
	void poolsWholeContributionsExactly() {
		double[][] a = { { 20, 24 }, { 40, 48 }, { 36, 32 }, { 60, 72 }, { 52, 52 } };
		double[][] b = { { 28, 48 }, { 44, 60 }, { 16, 40 } };
		OutcomeReleases.Cell pooled = OutcomeReleases.pool(List.of(moments(a), moments(b)));
		double[] before = new double[8];
		double[] after = new double[8];
		for (int i = 0; i < 8; i++) {
			double[] pair = i < 5 ? a[i] : b[i - 5];
			before[i] = pair[0];
			after[i] = pair[1];
		}
		PairedAnalysis exact = PairedAnalysis.of(before, after, 10, true);
		assertThat(pooled.n()).isEqualTo(8);
		assertThat(pooled.projects()).isEqualTo(2);
		assertThat(pooled.meanBefore()).isCloseTo(exact.meanBefore(), within(1e-9));
		assertThat(pooled.meanChange()).isCloseTo(exact.meanChange(), within(1e-9));
		assertThat(pooled.ciLow()).isCloseTo(exact.ciLow(), within(1e-9));
		assertThat(pooled.ciHigh()).isCloseTo(exact.ciHigh(), within(1e-9));
		assertThat(OutcomeReleases.pool(List.of()).hasFigures()).isFalse();
	}

	static OutcomeReleases.Basis moments(double[][] pairs) {
		double sb = 0;
		double sa = 0;
		double sc = 0;
		double sq = 0;
		for (double[] p : pairs) {
			sb += p[0];
			sa += p[1];
			sc += p[1] - p[0];
			sq += (p[1] - p[0]) * (p[1] - p[0]);
		}
		return new OutcomeReleases.Basis(UUID.randomUUID(), UUID.randomUUID(), TimePoint.END, Instant.now(),
				people(pairs.length), pairs.length, sb, sa, sc, sq, 0, 0, null, null);
	}
}
