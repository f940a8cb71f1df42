package dk.kulturpuls.roundtable.conference;

/** The answer to an invitation. */
public enum InvitationStatus {
	INVITED, ACCEPTED, DECLINED;

	public String messageKey() {
		return "rtc.invitation.status." + name();
	}
}
