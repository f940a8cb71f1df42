package dk.kulturpuls.roundtable.recommendations;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Opening dot voting at a workshop with a number of dots per participant. */
record VoteForm(@NotNull UUID workshop, @NotNull @Min(1) @Max(DotVote.MAX_DOTS) Integer dots) {

	static VoteForm empty() {
		return new VoteForm(null, 5);
	}
}
