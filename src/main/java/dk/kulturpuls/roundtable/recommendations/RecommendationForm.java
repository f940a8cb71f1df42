package dk.kulturpuls.roundtable.recommendations;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.kulturpuls.roundtable.SystemLevel;

/** A recommendation as the secretariat writes it. */
record RecommendationForm(@NotBlank @Size(max = 300) String title, @NotNull RecommendationType type,
		@NotNull SystemLevel level, @NotBlank @Size(max = 300) String addressee,
		@NotBlank @Size(max = 8000) String rationale, @NotNull RecommendationStatus status, Set<UUID> publications) {

	static RecommendationForm empty() {
		return new RecommendationForm(null, null, null, null, null, RecommendationStatus.DRAFT, Set.of());
	}

	Recommendations.Details details() {
		return new Recommendations.Details(title, type, level, addressee, rationale, status,
				publications == null ? Set.of() : publications);
	}
}
