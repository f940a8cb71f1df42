package dk.kulturpuls.budget;

import java.util.UUID;

import dk.kulturpuls.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A funding source's amount for one year, and how far it has come (applied, pledged, committed, paid). */
@Entity
@Table(name = "budget_funding")
class Funding {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String funder;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FunderKind kind;

	@Column(name = "budget_year", nullable = false)
	private int year;

	@Column(name = "amount_ore", nullable = false)
	private long amountOre;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingStatus status;

	protected Funding() {
	}

	Funding(String funder, FunderKind kind, int year, Money amount, FundingStatus status) {
		if (funder == null || funder.isBlank()) {
			throw new IllegalArgumentException("a funding source needs a funder");
		}
		if (amount.ore() <= 0) {
			throw new IllegalArgumentException("a funding amount must be positive");
		}
		this.id = UUID.randomUUID();
		this.funder = funder;
		this.kind = kind;
		this.year = year;
		this.amountOre = amount.ore();
		this.status = status;
	}

	UUID id() {
		return id;
	}

	String funder() {
		return funder;
	}

	FunderKind kind() {
		return kind;
	}

	int year() {
		return year;
	}

	Money amount() {
		return new Money(amountOre);
	}

	FundingStatus status() {
		return status;
	}

	void change(Money amount, FundingStatus status) {
		if (amount.ore() <= 0) {
			throw new IllegalArgumentException("a funding amount must be positive");
		}
		this.amountOre = amount.ore();
		this.status = status;
	}
}
