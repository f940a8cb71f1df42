package dk.kulturpuls.platform;

/**
 * The kinds of mail the platform sends. Receipts, decisions, account mails (verification, the existing-account
 * notice), reminders of legal duties (grant reports and accounts) and conference registrations are always sent:
 * a person relies on them, and some are part of a case. The others are optional: each user chooses at
 * {@code /account/notifications} whether they come at once, in a daily digest, or not by mail.
 */
public enum MailKind {

	ACCOUNT(false), RECEIPT(false), DECISION(false), LEGAL_DUTY_REMINDER(false), CONFERENCE(false),
	REVIEW_ASSIGNMENT(true), ROUNDTABLE_REMINDER(true);

	private final boolean optional;

	MailKind(boolean optional) {
		this.optional = optional;
	}

	/** Whether the recipient may choose a digest or no mail for this kind. */
	public boolean optional() {
		return optional;
	}

	/** How a user wants the mails of an optional kind. */
	public enum Choice {
		IMMEDIATELY, DAILY_DIGEST, OFF
	}
}
