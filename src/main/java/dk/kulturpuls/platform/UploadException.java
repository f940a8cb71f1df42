package dk.kulturpuls.platform;

/** An upload the platform refuses (empty, too large, a type it does not keep); the message is a message key. */
public class UploadException extends RuntimeException {

	private final transient Object[] arguments;

	public UploadException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
