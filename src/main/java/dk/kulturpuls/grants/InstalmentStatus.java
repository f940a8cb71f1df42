package dk.kulturpuls.grants;

/**
 * An instalment of the payment plan: planned until what releases it is approved, due for release, awaiting a
 * second officer's approval (four eyes), released for payment, paid, or cancelled with its grant.
 */
public enum InstalmentStatus {
	PLANNED, DUE, AWAITING_APPROVAL, RELEASED, PAID, CANCELLED;

	public String messageKey() {
		return "grant.instalment.status." + name();
	}
}
