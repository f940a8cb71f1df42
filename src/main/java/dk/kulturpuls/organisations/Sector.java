package dk.kulturpuls.organisations;

/** The sector an organisation works in; the roundtable checks that every sector is represented. */
public enum Sector {
	CULTURE, HEALTH, SOCIAL, EDUCATION, RESEARCH, PHILANTHROPY, CIVIL_SOCIETY, PUBLIC_ADMINISTRATION;

	public String messageKey() {
		return "organisations.sector." + name();
	}
}
