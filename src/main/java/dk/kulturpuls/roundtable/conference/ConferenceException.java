package dk.kulturpuls.roundtable.conference;

/** A refused change to a conference; the message is the key of the text that tells the user what to do. */
public class ConferenceException extends RuntimeException {

	private final transient Object[] arguments;

	public ConferenceException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public Object[] arguments() {
		return arguments;
	}
}
