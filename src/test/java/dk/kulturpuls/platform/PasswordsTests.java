package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which new passwords are refused, and with which reason a user reads. */
class PasswordsTests {

	final Passwords passwords = new Passwords();

	@ParameterizedTest
	@CsvSource({
		"kort, password.weak.short",
		"aaaaaaaaaaaa, password.weak.repeat",
		"password1234, password.weak.common",
		"123456789012, password.weak.common",
		"abcdefghijkl, password.weak.sequence",
	})
	void guessablePasswordsAreRefusedWithTheirReason(String password, String reason) {
		assertThat(passwords.weakness(password)).contains(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kulturpuls2026", "Adgangskode2026!", "sommer-sommer-sommer", "mnbvcxzlkjhgf" })
	void wordsOfThePlatformAndRepeatsAreGuessable(String password) {
		assertThat(passwords.weakness(password)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tre blå ænder på Limfjorden", "korn fyrtårn vindue spejl", "Tre_blå-ænder-på-Limfjorden" })
	void unrelatedWordsAreAccepted(String password) {
		assertThat(passwords.weakness(password)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void thePersonsOwnNameOrAddressIsRefused() {
		assertThat(passwords.weakness("jonna-journey-fyrtårn-42", "jonna.journey@test.invalid", "Jonna Journey"))
			.contains("password.weak.personal");
	}
}
