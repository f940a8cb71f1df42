package dk.kulturpuls.roundtable.process;

/** The milestones of a process's iterations (PRODUCT.md §4). */
public enum MilestoneKind {
	MOBILISATION, MISSION_VISUALISATION, MIDTERM_EVALUATION, FINAL_REPORT, CONFERENCE;

	public String messageKey() {
		return "rtp.milestone.kind." + name();
	}
}
