package dk.kulturpuls.projects;

/** Where a project is in its life. */
public enum ProjectStatus {
	PLANNED, ACTIVE, COMPLETED, CANCELLED;

	public String messageKey() {
		return "project.status." + name();
	}
}
