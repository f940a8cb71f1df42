package dk.kulturpuls.organisations;

/** A step on an organisation claim or invitation that cannot be taken; the message key says why to the user. */
public class ClaimException extends RuntimeException {

	private final String messageKey;

	ClaimException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
