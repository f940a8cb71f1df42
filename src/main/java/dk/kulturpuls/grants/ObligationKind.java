package dk.kulturpuls.grants;

/** What the grantee owes: the acceptance, status reports on the pool's schedule, the final report, the accounts. */
public enum ObligationKind {
	ACCEPTANCE, STATUS_REPORT, FINAL_REPORT, ACCOUNTS;

	public String messageKey() {
		return "grant.obligation.kind." + name();
	}
}
