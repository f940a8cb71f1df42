package dk.kulturpuls.funding;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A programme's classification entry: an offer type (tilbudstype) or a target group (målgruppe), with a stable
 * code used in filters, statistics and open data.
 */
@Embeddable
record Category(@Column(name = "code", nullable = false) String code,
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
				@AttributeOverride(name = "en", column = @Column(name = "name_en")) }) LocalizedText name) {

	Category {
		if (code == null || !code.matches("[a-z0-9-]{2,60}")) {
			throw new IllegalArgumentException("invalid code: " + code);
		}
	}
}
