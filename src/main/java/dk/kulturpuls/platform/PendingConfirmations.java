package dk.kulturpuls.platform;

import java.util.Locale;

/**
 * Accounts that wait for their owner to confirm an e-mail address (a self-registered applicant before the link in
 * the mail is followed). The login asks this only after the password has proved correct, so that it tells nobody
 * else whether an account exists; the module that registers such accounts implements it.
 */
public interface PendingConfirmations {

	/** Whether the (disabled) account waits for its e-mail address to be confirmed. */
	boolean awaitsConfirmation(String username);

	/** Sends the confirmation link again to the account's e-mail address. */
	void resendConfirmation(String username, Locale locale);
}
