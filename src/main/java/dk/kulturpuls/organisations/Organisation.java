package dk.kulturpuls.organisations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation: a region, a municipality, KL, a foundation, a cultural institution, … */
@Entity
@Table(name = "organisations_organisation")
class Organisation {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sector sector;

	private String cvr;

	@Column(name = "municipality_code")
	private String municipalityCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Organisation() {
	}

	Organisation(String name, OrganisationType type, Sector sector, String cvr, String municipalityCode,
			Instant createdAt) {
		if (name == null || name.isBlank() || type == null || sector == null) {
			throw new IllegalArgumentException("an organisation needs a name, a type and a sector");
		}
		String normalised = Cvr.normalise(cvr);
		if (normalised != null && !Cvr.isValid(normalised)) {
			throw new IllegalArgumentException("not a CVR number: " + cvr);
		}
		if (municipalityCode != null && !municipalityCode.isBlank() && !municipalityCode.matches("\\d{3,4}")) {
			throw new IllegalArgumentException("not a municipality code: " + municipalityCode);
		}
		this.id = UUID.randomUUID();
		this.name = name.trim();
		this.type = type;
		this.sector = sector;
		this.cvr = normalised;
		this.municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null
				: municipalityCode.length() == 3 ? "0" + municipalityCode : municipalityCode;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	Organisations.OrganisationView view(java.util.List<Organisations.Contact> contacts) {
		return new Organisations.OrganisationView(new OrganisationId(id), name, type, sector, cvr, municipalityCode,
				contacts);
	}
}
