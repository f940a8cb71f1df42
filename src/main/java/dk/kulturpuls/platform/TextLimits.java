package dk.kulturpuls.platform;

/**
 * The one set of length limits for free text, in characters. Every text field of a form carries
 * {@code @Size(max = TextLimits.…)}; the binding reports an over-long value with the field's label, the limit and
 * the length typed ("Resumé: Må højst være 4.000 tegn – du skrev 2.000.000."), and keeps the text in the form.
 * {@link #REQUEST_PARAMETER} is the backstop for everything else a request carries (see
 * {@code ParameterLengthFilter}). The columns behind these fields are {@code text}, except user names
 * ({@code varchar(100)}), which are never typed as free text.
 */
public final class TextLimits {

	/** Codes and identifiers typed by hand (CVR, postcode, instrument code). */
	public static final int CODE = 100;

	/** Names and titles: a project's, a call's, a person's, an organisation's. */
	public static final int NAME = 200;

	/** Addresses, links, e-mail addresses, a line of text. */
	public static final int LINE = 1000;

	/** Short texts: a reason, a note, a comment, a condition. */
	public static final int SHORT = 4000;

	/** Longer descriptions: a summary of a report, a purpose, an agenda. */
	public static final int TEXT = 20_000;

	/** Long narrative fields: minutes, an evaluation plan, a report's account of the work. */
	public static final int LONG = 50_000;

	/**
	 * The most any single request parameter may carry; above the longest field, so that only a request not sent
	 * from the platform's own forms meets it.
	 */
	public static final int REQUEST_PARAMETER = 100_000;

	private TextLimits() {
	}
}
