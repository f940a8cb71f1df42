package dk.kulturpuls.organisations;

/** What kind of body an organisation is. */
public enum OrganisationType {
	REGION, MUNICIPALITY, KL, CULTURE_REGION, FOUNDATION, CULTURAL_INSTITUTION, HEALTH_SECTOR, EDUCATION, RESEARCH,
	CIVIL_SOCIETY, NATIONAL_CENTRE;

	public String messageKey() {
		return "organisations.type." + name();
	}
}
