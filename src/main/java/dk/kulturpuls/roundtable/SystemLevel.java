package dk.kulturpuls.roundtable;

/** The three levels of system change. */
public enum SystemLevel {
	MACRO, MESO, MICRO;

	public String messageKey() {
		return "roundtable.level." + name();
	}
}
