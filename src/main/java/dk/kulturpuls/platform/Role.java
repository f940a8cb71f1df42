package dk.kulturpuls.platform;

/**
 * The roles of the platform. Each account has one or more; each role sees only what it needs.
 */
public enum Role {
	ADMIN("/admin"),
	PROGRAMME_OFFICER("/officer"),
	REVIEWER("/reviewer"),
	COMMITTEE("/committee"),
	APPLICANT("/applicant"),
	PROJECT_LEAD("/project-lead"),
	SECRETARIAT("/secretariat"),
	/** A roundtable participant: sees their own workshops and assignments (roundtable module). */
	PARTICIPANT("/roundtable");

	private final String startPath;

	Role(String startPath) {
		this.startPath = startPath;
	}

	/** The page this role starts on after login. */
	public String startPath() {
		return startPath;
	}

	/** The Spring Security authority, e.g. ROLE_ADMIN. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}
}
