package dk.kulturpuls.projects;

/** The sector a partner comes from: the programme seeks collaborations across culture, health and others. */
public enum Sector {
	CULTURE, HEALTH, SOCIAL, EDUCATION, CIVIL_SOCIETY, BUSINESS, RESEARCH, OTHER;

	public String messageKey() {
		return "project.sector." + name();
	}
}
