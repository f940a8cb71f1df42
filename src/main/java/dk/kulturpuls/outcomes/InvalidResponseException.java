package dk.kulturpuls.outcomes;

/** A response that cannot be scored; the message key and arguments say what to fix. */
class InvalidResponseException extends RuntimeException {

	private final transient Object[] arguments;

	InvalidResponseException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
