package dk.kulturpuls.funding;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * An attachment a call asks for, e.g. a letter of intent; a required one must be included before the application
 * can be submitted, an optional one is offered in the list of kinds.
 */
@Embeddable
record RequiredAttachment(@Column(name = "code", nullable = false) String code,
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
				@AttributeOverride(name = "en", column = @Column(name = "name_en")) }) LocalizedText name,
		@Column(name = "required", nullable = false) boolean required) {

	RequiredAttachment {
		if (code == null || !code.matches("[a-z0-9-]{2,60}")) {
			throw new IllegalArgumentException("invalid code: " + code);
		}
	}

	RequiredAttachment(String code, LocalizedText name) {
		this(code, name, true);
	}

	/** A code for the kind made from its Danish name: "Hensigtserklæring" → "hensigtserklaering". */
	static String codeFor(String name) {
		String code = name.strip().toLowerCase(java.util.Locale.ROOT).replace("æ", "ae").replace("ø", "oe")
			.replace("å", "aa");
		code = java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (code.length() > 50) {
			code = code.substring(0, 50).replaceAll("-+$", "");
		}
		return code.length() < 2 ? "bilag" : code;
	}
}
