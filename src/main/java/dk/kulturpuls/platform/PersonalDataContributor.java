package dk.kulturpuls.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a module holds about a person, for the person's rights under the GDPR (articles 15, 17 and 5(1)(e)): each
 * module that keeps personal data implements this interface with a bean of its own; the platform collects them
 * for the download of a person's data (one JSON file per key of {@link #export}), the administrator's erasure of
 * an account and the nightly retention job. A module answers only from its own tables, and only about the person:
 * never another person's data.
 */
public interface PersonalDataContributor {

	/**
	 * The person's data held by the module: file name (without {@code .json}, e.g. {@code applications}) to content
	 * (records, lists and maps, written as JSON). An empty map when the module holds nothing about the person.
	 */
	Map<String, Object> export(PersonalDataSubject subject);

	/**
	 * Erases or anonymises the person's data now, except what a law makes the platform keep (e.g. a granted
	 * application and its grant: bogføringsloven's five years); those are left to {@link #applyRetention}. Runs in
	 * the transaction of the erasure, before the account itself is anonymised.
	 *
	 * @return what was done, per kind of data: how many erased now, and how many kept, until when and why
	 */
	List<Erasure> anonymise(PersonalDataSubject subject, LocalDate today);

	/**
	 * Deletes or anonymises whatever has passed its retention period (docs/security.md, Retention). Runs nightly,
	 * on one node, in a transaction of its own.
	 *
	 * @return the number of items deleted or anonymised per kind of data (kinds with nothing to do may be left out)
	 */
	default Map<String, Integer> applyRetention(LocalDate today) {
		return Map.of();
	}

	/**
	 * The person: the account's id, user name, name and e-mail as they were before any erasure, and the
	 * {@code pseudonym} (the user name the anonymised account gets) to write where a unique stand-in is needed.
	 */
	record PersonalDataSubject(java.util.UUID accountId, String username, String displayName, String email,
			String pseudonym) {
	}

	/**
	 * What an erasure did with one kind of data: {@code erased} items anonymised or deleted now, {@code kept} items
	 * kept under a legal duty until {@code keptUntil} (null: until a date not yet known, e.g. five years after a grant
	 * that has not ended yet) for the reason of the message key {@code reasonKey}.
	 */
	record Erasure(String kind, int erased, int kept, LocalDate keptUntil, String reasonKey) implements java.io.Serializable {

		public static Erasure erased(String kind, int count) {
			return new Erasure(kind, count, 0, null, null);
		}
	}
}
