package dk.kulturpuls.grants;

/** Where an obligation is: open, submitted, sent back for changes, approved, or cancelled with its grant. */
public enum ObligationStatus {
	OPEN, SUBMITTED, CHANGES_REQUESTED, APPROVED, CANCELLED;

	public String messageKey() {
		return "grant.obligation.status." + name();
	}

	/** Whether the grantee still has to do something. */
	public boolean awaitsGrantee() {
		return this == OPEN || this == CHANGES_REQUESTED;
	}
}
