package dk.kulturpuls.funding;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An assessment criterion of a call: its name, its weight in per cent and the top of its score scale (1..max). */
@Embeddable
record Criterion(
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
				@AttributeOverride(name = "en", column = @Column(name = "name_en")) }) LocalizedText name,
		@Column(name = "weight", nullable = false) int weight,
		@Column(name = "scale_max", nullable = false) int scaleMax) {

	Criterion {
		if (weight < 1 || weight > 100 || scaleMax < 1 || scaleMax > 100) {
			throw new IllegalArgumentException("weight and scale are between 1 and 100");
		}
	}
}
