package dk.kulturpuls.funding;

/** A call's life: drafted by the officer, published to applicants, closed. */
enum CallStatus {
	DRAFT, PUBLISHED, CLOSED;

	public String messageKey() {
		return "call.status." + name();
	}
}
