package dk.kulturpuls.roundtable;

/** The five workshop principles; each workshop has one as its theme. */
public enum WorkshopTheme {
	LEARN_ACROSS_KNOWLEDGE, CHALLENGE_ASSUMPTIONS, EXPLORE_FUTURE_SCENARIOS, WHOLE_ECOSYSTEM, CONCRETE_AND_VISUAL;

	public String messageKey() {
		return "roundtable.theme." + name();
	}
}
