package dk.kulturpuls.funding;

import java.time.Instant;

/** A save based on an older version of the application: somebody else saved in between. */
class StaleEditException extends RuntimeException {

	private final transient Instant savedAt;

	StaleEditException(Instant savedAt) {
		super("the application was changed by somebody else");
		this.savedAt = savedAt;
	}

	Instant savedAt() {
		return savedAt;
	}
}
