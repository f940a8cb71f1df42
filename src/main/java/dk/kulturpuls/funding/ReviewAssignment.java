package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reviewer assigned to an application: the conflict-of-interest declaration (null until made, NONE or
 * CONFLICT with its ground) and the scores, one per criterion of the call, submitted or still a draft.
 */
record ReviewAssignment(UUID id, UUID applicationId, UUID callId, String reviewer, Instant assignedAt,
		String assignedBy, String declaration, ConflictGround ground, String conflictNote, Instant declaredAt,
		Instant submittedAt, List<Score> scores) {

	static final String NONE = "NONE";
	static final String CONFLICT = "CONFLICT";

	/** A score for one criterion (by its position in the call) and an optional comment. */
	record Score(int position, int score, String comment) {
	}

	public boolean declared() {
		return declaration != null;
	}

	public boolean recused() {
		return CONFLICT.equals(declaration);
	}

	public boolean cleared() {
		return NONE.equals(declaration);
	}

	public boolean submitted() {
		return submittedAt != null;
	}

	public Score score(int position) {
		return scores.stream().filter(s -> s.position() == position).findFirst().orElse(null);
	}

	/**
	 * The weighted total out of 100: each criterion's score as a share of its scale, times its weight (the weights
	 * add up to 100). Null until every criterion is scored.
	 */
	public Double weightedTotal(List<Criterion> criteria) {
		return total(criteria, scores);
	}

	static Double total(List<Criterion> criteria, List<Score> scores) {
		if (criteria.isEmpty() || scores.size() < criteria.size()) {
			return null;
		}
		double total = 0;
		for (int i = 0; i < criteria.size(); i++) {
			int position = i;
			Score score = scores.stream().filter(s -> s.position() == position).findFirst().orElse(null);
			if (score == null) {
				return null;
			}
			Criterion criterion = criteria.get(i);
			total += criterion.weight() * (double) score.score() / criterion.scaleMax();
		}
		return Math.round(total * 100) / 100.0;
	}
}
