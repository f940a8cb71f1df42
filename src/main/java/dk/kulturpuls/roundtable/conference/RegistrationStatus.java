package dk.kulturpuls.roundtable.conference;

/** A public registration has a seat, waits for one, or was cancelled. */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "rtc.registration.status." + name();
	}
}
