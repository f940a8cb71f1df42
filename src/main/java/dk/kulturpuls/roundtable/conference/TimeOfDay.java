package dk.kulturpuls.roundtable.conference;

import java.time.LocalTime;

/** A time of day typed as hh:mm (or h:mm). */
final class TimeOfDay {

	static final String PATTERN = "^(\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*)?$";

	private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

	private TimeOfDay() {
	}

	/** The time, or null for blank text; call only with text that matches the pattern. */
	static LocalTime parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.strip().split(":");
		return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	static String format(LocalTime time) {
		return time == null ? null : FORMAT.format(time);
	}
}
