package dk.kulturpuls.funding;

import java.util.UUID;

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

	static ApplicantOrganisation organisation(String name, Cvr cvr) {
		return new ApplicantOrganisation(ApplicantKind.ORGANISATION, name, cvr.value());
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
