package dk.kulturpuls.roundtable.initiatives;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The maturity assessment: every criterion scored 1–5 with a justification. */
record AssessmentForm(
		@NotNull @Min(1) @Max(5) Integer evidenceOfEffect, @NotBlank @Size(max = 2000) String evidenceOfEffectWhy,
		@NotNull @Min(1) @Max(5) Integer scalability, @NotBlank @Size(max = 2000) String scalabilityWhy,
		@NotNull @Min(1) @Max(5) Integer organisationalAnchoring,
		@NotBlank @Size(max = 2000) String organisationalAnchoringWhy,
		@NotNull @Min(1) @Max(5) Integer fundingSecured, @NotBlank @Size(max = 2000) String fundingSecuredWhy,
		@NotNull @Min(1) @Max(5) Integer partnerReadiness, @NotBlank @Size(max = 2000) String partnerReadinessWhy) {

	/** The form's field names of a criterion's score (its justification is the name + "Why"). */
	static String field(Criterion criterion) {
		return switch (criterion) {
			case EVIDENCE_OF_EFFECT -> "evidenceOfEffect";
			case SCALABILITY -> "scalability";
			case ORGANISATIONAL_ANCHORING -> "organisationalAnchoring";
			case FUNDING_SECURED -> "fundingSecured";
			case PARTNER_READINESS -> "partnerReadiness";
		};
	}

	static AssessmentForm of(Maturity.Candidate candidate) {
		Map<Criterion, Assessment> a = candidate.assessments();
		return new AssessmentForm(score(a, Criterion.EVIDENCE_OF_EFFECT), why(a, Criterion.EVIDENCE_OF_EFFECT),
				score(a, Criterion.SCALABILITY), why(a, Criterion.SCALABILITY),
				score(a, Criterion.ORGANISATIONAL_ANCHORING), why(a, Criterion.ORGANISATIONAL_ANCHORING),
				score(a, Criterion.FUNDING_SECURED), why(a, Criterion.FUNDING_SECURED),
				score(a, Criterion.PARTNER_READINESS), why(a, Criterion.PARTNER_READINESS));
	}

	Map<Criterion, Assessment> scores() {
		Map<Criterion, Assessment> scores = new EnumMap<>(Criterion.class);
		scores.put(Criterion.EVIDENCE_OF_EFFECT, new Assessment(evidenceOfEffect, evidenceOfEffectWhy));
		scores.put(Criterion.SCALABILITY, new Assessment(scalability, scalabilityWhy));
		scores.put(Criterion.ORGANISATIONAL_ANCHORING, new Assessment(organisationalAnchoring, organisationalAnchoringWhy));
		scores.put(Criterion.FUNDING_SECURED, new Assessment(fundingSecured, fundingSecuredWhy));
		scores.put(Criterion.PARTNER_READINESS, new Assessment(partnerReadiness, partnerReadinessWhy));
		return scores;
	}

	private static Integer score(Map<Criterion, Assessment> a, Criterion c) {
		return a.containsKey(c) ? a.get(c).score() : null;
	}

	private static String why(Map<Criterion, Assessment> a, Criterion c) {
		return a.containsKey(c) ? a.get(c).justification() : null;
	}
}
