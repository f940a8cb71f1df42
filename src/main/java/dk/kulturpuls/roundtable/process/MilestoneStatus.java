package dk.kulturpuls.roundtable.process;

/** Whether a milestone is still ahead or has been reached. */
public enum MilestoneStatus {
	PLANNED, DONE;

	public String messageKey() {
		return "rtp.milestone.status." + name();
	}
}
