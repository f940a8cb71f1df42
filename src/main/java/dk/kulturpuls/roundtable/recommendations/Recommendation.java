package dk.kulturpuls.roundtable.recommendations;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dk.kulturpuls.roundtable.SystemLevel;

/**
 * A recommendation of the process: its type and system level, to whom it is addressed and why, the knowledge
 * base's publications it rests on (by id), and its status.
 */
@Entity
@Table(name = "roundtable_recommendation")
class Recommendation {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecommendationType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SystemLevel level;

	@Column(nullable = false)
	private String addressee;

	@Column(nullable = false)
	private String rationale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecommendationStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "roundtable_recommendation_publication", joinColumns = @JoinColumn(name = "recommendation_id"))
	@Column(name = "publication_id", nullable = false)
	private Set<UUID> publications = new LinkedHashSet<>();

	protected Recommendation() {
	}

	Recommendation(UUID roundtableId, Recommendations.Details details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.createdAt = createdAt;
		change(details);
	}

	void change(Recommendations.Details details) {
		this.title = details.title().strip();
		this.type = details.type();
		this.level = details.level();
		this.addressee = details.addressee().strip();
		this.rationale = details.rationale().strip();
		this.status = details.status();
		this.publications = new LinkedHashSet<>(details.publications());
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	String title() {
		return title;
	}

	RecommendationType type() {
		return type;
	}

	SystemLevel level() {
		return level;
	}

	String addressee() {
		return addressee;
	}

	String rationale() {
		return rationale;
	}

	RecommendationStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<UUID> publications() {
		return publications;
	}
}
