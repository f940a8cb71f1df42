package dk.kulturpuls.platform.web;

import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/** Binds amounts typed in kroner ("1.173.040" or "1173040,50") to {@link Money}, and prints them back. */
class MoneyFormatter implements Formatter<Money> {

	@Override
	public Money parse(String text, Locale locale) throws ParseException {
		try {
			return Money.parse(text);
		}
		catch (IllegalArgumentException | ArithmeticException e) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(Money money, Locale locale) {
		String formatted = Formats.dkk(money);
		return formatted.substring(0, formatted.length() - " kr.".length());
	}
}
