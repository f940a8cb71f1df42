package dk.kulturpuls.funding;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An attachment every application to a call must include, e.g. a letter of intent. */
@Embeddable
record RequiredAttachment(@Column(name = "code", nullable = false) String code,
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
				@AttributeOverride(name = "en", column = @Column(name = "name_en")) }) LocalizedText name) {

	RequiredAttachment {
		if (code == null || !code.matches("[a-z0-9-]{2,60}")) {
			throw new IllegalArgumentException("invalid code: " + code);
		}
	}
}
