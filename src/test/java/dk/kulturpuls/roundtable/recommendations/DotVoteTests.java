package dk.kulturpuls.roundtable.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DotVoteTests {

	final UUID a = UUID.randomUUID();
	final UUID b = UUID.randomUUID();
	final UUID c = UUID.randomUUID();
	final UUID anna = UUID.randomUUID();
	final UUID bo = UUID.randomUUID();
	final UUID carl = UUID.randomUUID();
	final DotVote vote = new DotVote(UUID.randomUUID(), UUID.randomUUID(), 5, Instant.parse("2026-01-01T10:00:00Z"));

	Map<UUID, String> candidates() {
		Map<UUID, String> candidates = new LinkedHashMap<>();
		candidates.put(a, "A");
		candidates.put(b, "B");
		candidates.put(c, "C");
		return candidates;
	}

	@Test
	void ranksByDotsThenVotersAndSharesRanksOnTies() {
		vote.cast(anna, Map.of(a, 3, b, 2), Set.of(a, b, c));
		vote.cast(bo, Map.of(b, 1, c, 4), Set.of(a, b, c));
		vote.cast(carl, Map.of(a, 1, c, 0), Set.of(a, b, c));

		assertThat(vote.result(candidates())).containsExactly(
				new DotVote.Tally(1, a, "A", 4, 2),
				new DotVote.Tally(2, c, "C", 4, 1),
				new DotVote.Tally(3, b, "B", 3, 2));
		assertThat(vote.voters()).isEqualTo(3);
	}

	@Test
	void equalDotsAndVotersShareARank() {
		vote.cast(anna, Map.of(a, 2), Set.of(a, b, c));
		vote.cast(bo, Map.of(b, 2), Set.of(a, b, c));

		assertThat(vote.result(candidates())).extracting(DotVote.Tally::rank).containsExactly(1, 1, 3);
	}

	@Test
	void aNewBallotReplacesTheParticipantsDots() {
		vote.cast(anna, Map.of(a, 5), Set.of(a, b, c));
		vote.cast(anna, Map.of(b, 1), Set.of(a, b, c));

		assertThat(vote.ballotOf(anna)).containsExactly(Map.entry(b, 1));
	}

	@Test
	void refusesMoreDotsThanTheParticipantHasAndKeepsTheOldBallot() {
		vote.cast(anna, Map.of(a, 2), Set.of(a, b, c));

		assertThatThrownBy(() -> vote.cast(anna, Map.of(a, 4, b, 2), Set.of(a, b, c)))
			.isInstanceOf(DotVote.BallotRefused.class).hasMessage("rt.vote.tooMany")
			.satisfies(e -> assertThat(((DotVote.BallotRefused) e).arguments()).containsExactly(6, 5));
		assertThat(vote.ballotOf(anna)).containsExactly(Map.entry(a, 2));
	}

	@Test
	void refusesNegativeDotsUnknownRecommendationsAndVotingWhenClosed() {
		assertThatThrownBy(() -> vote.cast(anna, Map.of(a, -1), Set.of(a))).hasMessage("rt.vote.negative");
		assertThatThrownBy(() -> vote.cast(anna, Map.of(b, 1), Set.of(a))).hasMessage("rt.vote.unknownRecommendation");
		vote.close(Instant.parse("2026-01-01T12:00:00Z"));
		assertThatThrownBy(() -> vote.cast(anna, Map.of(a, 1), Set.of(a))).hasMessage("rt.vote.closed");
		vote.reopen();
		vote.cast(anna, Map.of(a, 1), Set.of(a));
		assertThat(vote.ballotOf(anna)).containsEntry(a, 1);
	}

	@Test
	void theNumberOfDotsIsBetweenOneAndFifty() {
		assertThatThrownBy(() -> new DotVote(UUID.randomUUID(), UUID.randomUUID(), 0, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DotVote(UUID.randomUUID(), UUID.randomUUID(), 51, Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
