package dk.kulturpuls.funding;

/** Where a grant application is: a draft, submitted, screened by the officer, or withdrawn by the applicant. */
enum ApplicationStatus {
	DRAFT, SUBMITTED, INFO_REQUESTED, ELIGIBLE, INELIGIBLE, WITHDRAWN;

	public String messageKey() {
		return "application.status." + name();
	}

	/** Submitted and not withdrawn: the officer's inbox shows it. */
	public boolean isSubmitted() {
		return this != DRAFT && this != WITHDRAWN;
	}
}
