package dk.kulturpuls.platform.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Dates typed as dd.mm.åååå ("05.03.2026", also "5.3.2026"), strictly: 31.02.2025 is an error, not 28 February.
 */
class DanishDateFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("dd.MM.uuuu");
	private static final DateTimeFormatter PARSE = dk.kulturpuls.platform.Formats.DATE_INPUT;

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			return LocalDate.parse(text.trim(), PARSE);
		}
		catch (DateTimeParseException e) {
			if (text.trim().matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
				// written as a date, but no such day (31.02.2026): said so, not "write it as dd.mm.åååå"
				throw new NoSuchDateException(text);
			}
			throw new ParseException(text, e.getErrorIndex());
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return PRINT.format(date);
	}
}

/** A date in the right form that does not exist, such as 31.02.2026; bound as the error "typeMismatch.noSuchDate". */
class NoSuchDateException extends IllegalArgumentException {

	NoSuchDateException(String text) {
		super("no such date: " + text);
	}
}
