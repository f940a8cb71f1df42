package dk.kulturpuls.roundtable.conference;

/** Where a conference stands; the public can register only while registration is open. */
public enum ConferenceStatus {
	PLANNED, REGISTRATION_OPEN, REGISTRATION_CLOSED, HELD;

	public String messageKey() {
		return "rtc.status." + name();
	}
}
