package dk.kulturpuls.funding;

/** A change the funding module refuses; the message is a message key that says what to fix. */
class FundingException extends RuntimeException {

	private final transient Object[] arguments;

	FundingException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return arguments;
	}
}
