package dk.kulturpuls.budget;

/** A change a budget refuses; the message is a message key that says what to fix. */
public class BudgetException extends RuntimeException {

	public BudgetException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}
}
