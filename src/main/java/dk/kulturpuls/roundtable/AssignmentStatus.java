package dk.kulturpuls.roundtable;

/** How far an assignment has come. */
public enum AssignmentStatus {
	OPEN, DELIVERED, ACCEPTED;

	public String messageKey() {
		return "roundtable.assignmentStatus." + name();
	}
}
