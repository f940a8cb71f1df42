package dk.kulturpuls.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Whether a new password is hard enough to guess: at least 12 characters and, by the strength estimator nbvcxz
 * (common-password lists, dictionary words, keyboard patterns, repeats, sequences, years and dates), at least the
 * estimator's default minimum entropy. Words of this platform and Danish words for "password" count as guessable.
 * The estimator and its dictionaries are loaded on the first check, not at start-up.
 */
@Component
public class Passwords {

	/** The shortest password accepted. */
	public static final int MINIMUM_LENGTH = 12;

	private static final List<String> GUESSABLE_WORDS = List.of("kulturpuls", "adgangskode", "kodeord", "password",
			"hemmelig", "velkommen", "danmark", "nordjylland", "aalborg", "sommer", "vinter", "kultur", "sundhed",
			"trivsel", "demo");

	private volatile Nbvcxz estimator;

	/**
	 * Why the password is too weak, as a message key ({@code password.weak.*}), or empty when it is strong enough.
	 *
	 * @param password the new password
	 * @param personal words of the person that must not carry the password (name, e-mail, username)
	 */
	public Optional<String> weakness(String password, String... personal) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("password.weak.short");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		for (String word : personal) {
			if (word == null) {
				continue;
			}
			for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 4 && lower.contains(part)) {
					return Optional.of("password.weak.personal");
				}
			}
		}
		Result result = estimator().estimate(password);
		if (result.isMinimumEntropyMet()) {
			return Optional.empty();
		}
		String warning = result.getFeedback().getWarningKey();
		if (warning == null) {
			return Optional.of("password.weak.guessable");
		}
		if (warning.startsWith("feedback.dictionary.warning.passwords")) {
			return Optional.of("password.weak.common");
		}
		if (warning.startsWith("feedback.spatial")) {
			return Optional.of("password.weak.keyboard");
		}
		if (warning.startsWith("feedback.repeat")) {
			return Optional.of("password.weak.repeat");
		}
		if (warning.startsWith("feedback.sequence")) {
			return Optional.of("password.weak.sequence");
		}
		if (warning.startsWith("feedback.year") || warning.startsWith("feedback.date")) {
			return Optional.of("password.weak.date");
		}
		return Optional.of("password.weak.guessable");
	}

	private Nbvcxz estimator() {
		Nbvcxz current = estimator;
		if (current == null) {
			synchronized (this) {
				current = estimator;
				if (current == null) {
					List<Dictionary> dictionaries = new java.util.ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
					dictionaries.add(new DictionaryBuilder().setDictionaryName("kulturpuls")
						.addWords(GUESSABLE_WORDS, 0).createDictionary());
					current = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
					estimator = current;
				}
			}
		}
		return current;
	}
}
