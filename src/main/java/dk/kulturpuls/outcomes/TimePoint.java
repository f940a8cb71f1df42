package dk.kulturpuls.outcomes;

/** When a measurement is taken. */
enum TimePoint {
	BASELINE, END, FOLLOW_UP;

	public String messageKey() {
		return "outcomes.timePoint." + name();
	}
}
