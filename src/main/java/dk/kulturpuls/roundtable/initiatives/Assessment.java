package dk.kulturpuls.roundtable.initiatives;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The score (1–5) of one criterion and why it was given. */
@Embeddable
public record Assessment(@Column(name = "score", nullable = false) int score,
		@Column(name = "justification", nullable = false) String justification) {

	public Assessment {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("a score is 1–5");
		}
		if (justification == null || justification.isBlank()) {
			throw new IllegalArgumentException("a score needs a justification");
		}
		justification = justification.strip();
	}
}
