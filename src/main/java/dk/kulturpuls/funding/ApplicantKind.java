package dk.kulturpuls.funding;

/** Who applies: an organisation with a CVR number, or an individual (professional) artist. */
enum ApplicantKind {
	ORGANISATION, INDIVIDUAL;

	public String messageKey() {
		return "applicant.kind." + name();
	}
}
