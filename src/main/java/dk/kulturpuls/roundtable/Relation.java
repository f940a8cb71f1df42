package dk.kulturpuls.roundtable;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A relation between two actors of the same process, with its strength (1–5). */
@Entity
@Table(name = "roundtable_relation")
class Relation {

	@Id
	private UUID id;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(name = "from_actor", nullable = false)
	private UUID fromActor;

	@Column(name = "to_actor", nullable = false)
	private UUID toActor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RelationKind kind;

	@Column(nullable = false)
	private int strength;

	protected Relation() {
	}

	Relation(UUID roundtableId, UUID fromActor, UUID toActor, RelationKind kind, int strength) {
		if (fromActor.equals(toActor)) {
			throw new IllegalArgumentException("an actor cannot relate to itself");
		}
		if (strength < 1 || strength > 5) {
			throw new IllegalArgumentException("strength is 1–5");
		}
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.fromActor = fromActor;
		this.toActor = toActor;
		this.kind = kind;
		this.strength = strength;
	}

	UUID fromActor() {
		return fromActor;
	}

	UUID toActor() {
		return toActor;
	}

	RelationKind kind() {
		return kind;
	}

	int strength() {
		return strength;
	}
}
