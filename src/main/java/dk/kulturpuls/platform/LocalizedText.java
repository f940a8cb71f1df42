package dk.kulturpuls.platform;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A text kept in Danish and English; Danish is the fallback where English is missing. */
@Embeddable
public record LocalizedText(@Column(name = "da") String da, @Column(name = "en") String en) {

	public LocalizedText {
		if (da == null || da.isBlank()) {
			throw new IllegalArgumentException("the Danish text is required");
		}
	}

	public static LocalizedText of(String da, String en) {
		return new LocalizedText(da, en);
	}

	public String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : da;
	}
}
