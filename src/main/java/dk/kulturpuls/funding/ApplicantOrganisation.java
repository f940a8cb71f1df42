package dk.kulturpuls.funding;

import java.util.UUID;

import dk.kulturpuls.organisations.Cvr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The organisation an applicant applies for (with its CVR number), or an individual artist applying in their own
 * name. Applications belong to it, so that co-applicants of one organisation see the same applications. Kept
 * in funding until the organisations module exists.
 */
@Entity
@Table(name = "funding_applicant_organisation")
class ApplicantOrganisation {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicantKind kind;

	@Column(nullable = false)
	private String name;

	private String cvr;

	protected ApplicantOrganisation() {
	}

	private ApplicantOrganisation(ApplicantKind kind, String name, String cvr) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.name = name;
		this.cvr = cvr;
	}

	/** An organisation with its CVR number (8 digits passing the modulus-11 check of {@link Cvr}). */
	static ApplicantOrganisation organisation(String name, String cvr) {
		if (!Cvr.isValid(cvr) || !cvr.equals(Cvr.normalise(cvr))) {
			throw new IllegalArgumentException("invalid CVR number: " + cvr);
		}
		return new ApplicantOrganisation(ApplicantKind.ORGANISATION, name, cvr);
	}

	/** What people type ("12 34 56 78", "DK12345678", "dk 1234-5678") as the 8 digits, or "" when blank. */
	static String typedCvr(String typed) {
		if (typed == null) {
			return "";
		}
		String cleaned = typed.replaceAll("[\\s-]", "");
		return cleaned.regionMatches(true, 0, "DK", 0, 2) ? cleaned.substring(2) : cleaned;
	}

	static ApplicantOrganisation artist(String name) {
		return new ApplicantOrganisation(ApplicantKind.INDIVIDUAL, name, null);
	}

	public UUID id() {
		return id;
	}

	public ApplicantKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String cvr() {
		return cvr;
	}
}
