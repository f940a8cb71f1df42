package dk.kulturpuls.grants;

/**
 * An instalment of the payment plan: planned until what releases it is approved, due for release, awaiting a
 * second officer's approval (four eyes), released for payment, paid, or cancelled with its grant.
 */
public enum InstalmentStatus {
	PLANNED, DUE, AWAITING_APPROVAL, RELEASED, PAID, CANCELLED;

	/** Not yet paid nor released for payment: what a settlement can still reduce. */
	public boolean unpaid() {
		return this == PLANNED || this == DUE || this == AWAITING_APPROVAL;
	}

	public String messageKey() {
		return "grant.instalment.status." + name();
	}
}
