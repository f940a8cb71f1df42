package dk.kulturpuls.roundtable.process;

/** The two reminders an assignment can get: some days before its due date, and once when it is overdue. */
public enum ReminderKind {
	DUE_SOON, OVERDUE;

	public String messageKey() {
		return "rtp.reminder.kind." + name();
	}
}
