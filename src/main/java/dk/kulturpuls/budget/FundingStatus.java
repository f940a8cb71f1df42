package dk.kulturpuls.budget;

/** How far a funding source has come. Pledged and beyond counts as secured. */
public enum FundingStatus {
	APPLIED, PLEDGED, COMMITTED, PAID;

	public boolean isSecured() {
		return this != APPLIED;
	}

	public String messageKey() {
		return "budget.fundingStatus." + name();
	}
}
