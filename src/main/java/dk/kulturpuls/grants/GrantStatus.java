package dk.kulturpuls.grants;

/**
 * Where a grant is: offered to the grantee, accepted with its conditions or declined, active once money is paid
 * out, returned by the grantee, or closed. Declined and returned grants give their money back to the pool.
 */
public enum GrantStatus {
	OFFERED, ACCEPTED, DECLINED, ACTIVE, RETURNED, CLOSED;

	public String messageKey() {
		return "grant.status." + name();
	}

	/** Whether the grant still takes money from its pool. */
	public boolean holdsMoney() {
		return this != DECLINED && this != RETURNED;
	}

	/** Whether the grantee has accepted it and it runs (money can be released, reports are due). */
	public boolean running() {
		return this == ACCEPTED || this == ACTIVE;
	}
}
