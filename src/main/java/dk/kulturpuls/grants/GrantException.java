package dk.kulturpuls.grants;

/** A step on a grant that is refused; the message is a message key that says what to do instead. */
class GrantException extends RuntimeException {

	private final transient Object[] arguments;

	GrantException(String messageKey, Object... arguments) {
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
