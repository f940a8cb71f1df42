package dk.kulturpuls.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The house formats: DKK as "1.173.040 kr.", dates as dd.mm.åååå, times in Europe/Copenhagen. Available in
 * templates as {@code ${@formats.dkk(amount)}}.
 */
@Component("formats")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
	public static final Locale DANISH = Locale.forLanguageTag("da-DK");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static DecimalFormat danishNumber(int fractionDigits) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(DANISH);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(fractionDigits == 0 ? "#,##0" : "#,##0.00", symbols);
		format.setGroupingSize(3);
		return format;
	}

	public static String dkk(Money money) {
		if (money == null) {
			return "";
		}
		return danishNumber(money.hasOre() ? 2 : 0).format(money.kroner()) + " kr.";
	}

	/** Whole kroner as "1.173.040 kr.". */
	public static String dkk(long kroner) {
		return danishNumber(0).format(kroner) + " kr.";
	}

	/** A number with Danish grouping ("11.234") or decimals ("8,0"); "–" where there is no number (NaN). */
	public static String number(Number value, int fractionDigits) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
			return "–";
		}
		DecimalFormat format = danishNumber(0);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(value instanceof BigDecimal big ? big : BigDecimal.valueOf(value.doubleValue()));
	}

	/** How dates are typed: dd.mm.åååå, also d.m.åååå, strictly (31.02.2025 is no date). */
	public static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** A date as typed (dd.mm.åååå), or empty when it is none. */
	public static java.util.Optional<LocalDate> parseDate(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(LocalDate.parse(text.strip(), DATE_INPUT));
		}
		catch (java.time.format.DateTimeParseException e) {
			return java.util.Optional.empty();
		}
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
	}

	public static String dateTime(ZonedDateTime time) {
		return time == null ? "" : DATE_TIME.format(time.withZoneSameInstant(ZONE));
	}

	// Instance methods for templates (SpEL calls bean methods).

	public String money(Money money) {
		return dkk(money);
	}

	public String kroner(long kroner) {
		return dkk(kroner);
	}

	public String num(Number value, int fractionDigits) {
		return number(value, fractionDigits);
	}

	public String day(LocalDate date) {
		return date(date);
	}

	public String time(Instant instant) {
		return dateTime(instant);
	}

	/** Plain text as paragraphs and lists, for the fragment {@code fragments/text :: plain}. */
	public java.util.List<PlainText.Block> paragraphs(String text) {
		return PlainText.blocks(text);
	}
}
