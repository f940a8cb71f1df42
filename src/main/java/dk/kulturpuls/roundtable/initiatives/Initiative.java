package dk.kulturpuls.roundtable.initiatives;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A candidate initiative of the process, with its maturity assessed on the five criteria. */
@Entity
@Table(name = "roundtable_initiative")
class Initiative {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	private String lead;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "roundtable_initiative_assessment", joinColumns = @JoinColumn(name = "initiative_id"))
	@MapKeyColumn(name = "criterion")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Criterion, Assessment> assessments = new HashMap<>();

	protected Initiative() {
	}

	Initiative(UUID roundtableId, String name, String description, String lead, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.name = name.strip();
		this.description = description.strip();
		this.lead = lead == null || lead.isBlank() ? null : lead.strip();
		this.createdAt = createdAt;
	}

	/** Replaces the assessment; every criterion must be scored. */
	void assess(Map<Criterion, Assessment> scores) {
		if (!scores.keySet().containsAll(java.util.EnumSet.allOf(Criterion.class))) {
			throw new IllegalArgumentException("every criterion must be scored");
		}
		assessments.clear();
		assessments.putAll(scores);
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Maturity.Candidate candidate() {
		return new Maturity.Candidate(id, roundtableId, name, description, lead,
				assessments.isEmpty() ? Map.of() : new EnumMap<>(assessments));
	}
}
