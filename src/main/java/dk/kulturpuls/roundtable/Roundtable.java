package dk.kulturpuls.roundtable;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A roundtable process, e.g. the national process on art and mental health 2025–2026. */
@Entity
@Table(name = "roundtable_process")
class Roundtable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "first_year", nullable = false)
	private int firstYear;

	@Column(name = "last_year", nullable = false)
	private int lastYear;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Roundtable() {
	}

	Roundtable(String name, String purpose, int firstYear, int lastYear, Instant createdAt) {
		if (lastYear < firstYear) {
			throw new IllegalArgumentException("a process cannot end before it starts");
		}
		this.id = UUID.randomUUID();
		this.name = name;
		this.purpose = purpose;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String purpose() {
		return purpose;
	}

	int firstYear() {
		return firstYear;
	}

	int lastYear() {
		return lastYear;
	}
}
