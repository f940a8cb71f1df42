package dk.kulturpuls.funding;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A yes/no question asked before the form; the excluding answer stops the application, and the applicant is
 * told the reason.
 */
@Embeddable
record EligibilityQuestion(
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "text_da")),
				@AttributeOverride(name = "en", column = @Column(name = "text_en")) }) LocalizedText text,
		@Column(name = "excluding_answer", nullable = false) boolean excludingAnswer,
		@Embedded @AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "reason_da")),
				@AttributeOverride(name = "en", column = @Column(name = "reason_en")) }) LocalizedText reason) {
}
