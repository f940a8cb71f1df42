package dk.kulturpuls.outcomes;

/** When in a project a measurement is taken. */
public enum TimePoint {
	BASELINE, END, FOLLOW_UP;

	public String messageKey() {
		return "outcomes.timePoint." + name();
	}
}
