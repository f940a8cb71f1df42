package dk.kulturpuls.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.kulturpuls.platform.Money;

/**
 * The officer's decision on an application: granted (amount, conditions, acceptance deadline; a reason when less than
 * the request) or rejected (reason).
 */
record Decision(UUID applicationId, UUID poolId, Outcome outcome, Money amount, String conditions, String reason,
		Instant decidedAt, String decidedBy, LocalDate acceptBy) {

	enum Outcome {
		GRANTED, REJECTED;

		public String messageKey() {
			return "decision.outcome." + name();
		}
	}

	public boolean granted() {
		return outcome == Outcome.GRANTED;
	}
}
