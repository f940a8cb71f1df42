package dk.kulturpuls.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/**
 * The Danish wording of a licensed scale. WEMWBS and SWEMWBS ship with their English text only: the registered
 * Danish translation comes with the licence, so an administrator loads it here, and from then on a Danish form
 * shows it. Until then the form is English, marked as such, and the project lead is told before a link is made.
 */
@Service
class InstrumentWordings {

	/** Longest text of one item, answer or instruction. */
	static final int MAX_LENGTH = 1000;

	/** A loaded wording, for the administrator's page. */
	record Loaded(Instant loadedAt, String loadedBy, String instruction, String answers, String items) {
	}

	/** A wording that cannot be loaded; the key names what to fix. */
	static class InvalidWordingException extends RuntimeException {

		private final String field;

		private final Object[] arguments;

		InvalidWordingException(String field, String messageKey, Object... arguments) {
			super(messageKey);
			this.field = field;
			this.arguments = arguments;
		}

		String field() {
			return field;
		}

		String messageKey() {
			return getMessage();
		}

		Object[] arguments() {
			return arguments;
		}
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	InstrumentWordings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The instrument with its loaded Danish wording, or as shipped when it has its own or none is loaded. */
	@Transactional(readOnly = true)
	Instrument localised(Instrument instrument) {
		if (instrument.hasDanishWording()) {
			return instrument;
		}
		return loaded(instrument).map(w -> instrument.withDanish(w.instruction(), lines(w.answers()), lines(w.items())))
			.orElse(instrument);
	}

	@Transactional(readOnly = true)
	Optional<Loaded> loaded(Instrument instrument) {
		return jdbc.sql("""
				select loaded_at, loaded_by, instruction, answers, items from outcomes_instrument_wording
				where instrument = :i and version = :v and language = 'da'""")
			.param("i", instrument.code()).param("v", instrument.version())
			.query((rs, n) -> new Loaded(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/**
	 * Loads (or replaces) the Danish wording of a licensed instrument: one answer label per line in the order of
	 * the scale, one item per line in the order of the items.
	 */
	@Transactional
	void load(Instrument instrument, String instruction, String answers, String items, String username) {
		if (!InstrumentSettings.licensed(instrument)) {
			throw new IllegalArgumentException("only a licensed instrument gets a loaded wording: " + instrument.key());
		}
		List<String> answerLines = lines(answers);
		List<String> itemLines = lines(items);
		String text = instruction == null ? "" : instruction.strip();
		if (text.length() > MAX_LENGTH) {
			throw new InvalidWordingException("instruction", "outcomes.wording.tooLong", MAX_LENGTH);
		}
		if (answerLines.size() != instrument.answers().size()) {
			throw new InvalidWordingException("answers", "outcomes.wording.answerCount", instrument.answers().size(),
					answerLines.size());
		}
		if (itemLines.size() != instrument.items().size()) {
			throw new InvalidWordingException("items", "outcomes.wording.itemCount", instrument.items().size(),
					itemLines.size());
		}
		if (answerLines.stream().anyMatch(l -> l.length() > MAX_LENGTH)) {
			throw new InvalidWordingException("answers", "outcomes.wording.tooLong", MAX_LENGTH);
		}
		if (itemLines.stream().anyMatch(l -> l.length() > MAX_LENGTH)) {
			throw new InvalidWordingException("items", "outcomes.wording.tooLong", MAX_LENGTH);
		}
		jdbc.sql("""
				insert into outcomes_instrument_wording (instrument, version, language, instruction, answers, items,
				  loaded_at, loaded_by)
				values (:i, :v, 'da', :instruction, :answers, :items, :at, :by)
				on conflict (instrument, version, language) do update set instruction = excluded.instruction,
				  answers = excluded.answers, items = excluded.items, loaded_at = excluded.loaded_at,
				  loaded_by = excluded.loaded_by""")
			.param("i", instrument.code()).param("v", instrument.version())
			.param("instruction", text.isEmpty() ? null : text).param("answers", String.join("\n", answerLines))
			.param("items", String.join("\n", itemLines)).param("at", Timestamp.from(Instant.now(clock)))
			.param("by", username).update();
		audit.record("outcomes-instrument", instrument.code(), "wording-loaded",
				instrument.key() + ", da, " + itemLines.size() + " items");
	}

	/** The non-blank lines of a text, stripped. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
