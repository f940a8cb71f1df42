package dk.kulturpuls.funding;

import java.util.UUID;

import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pool (pulje) of a programme: its budget and the limits every grant from it must keep.
 */
@Entity
@Table(name = "funding_pool")
class Pool {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "programme_id", nullable = false)
	private UUID programmeId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "description_da")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	@Column(name = "budget_ore", nullable = false)
	private long budgetOre;

	@Column(name = "min_grant_ore", nullable = false)
	private long minGrantOre;

	@Column(name = "max_grant_ore", nullable = false)
	private long maxGrantOre;

	@Column(name = "min_duration_months")
	private Integer minDurationMonths;

	@Column(name = "max_duration_months")
	private Integer maxDurationMonths;

	protected Pool() {
	}

	Pool(ProgrammeId programme, LocalizedText name, LocalizedText description, Money budget, Money minGrant,
			Money maxGrant, Integer minDurationMonths, Integer maxDurationMonths) {
		if (minGrant.isNegative() || maxGrant.isLessThan(minGrant)) {
			throw new IllegalArgumentException("the grant limits must satisfy 0 <= minimum <= maximum");
		}
		if (budget.isLessThan(maxGrant)) {
			throw new IllegalArgumentException("the pool's budget must cover at least one maximum grant");
		}
		if (minDurationMonths != null && maxDurationMonths != null && maxDurationMonths < minDurationMonths) {
			throw new IllegalArgumentException("the maximum duration is shorter than the minimum");
		}
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.name = name;
		this.description = description;
		this.budgetOre = budget.ore();
		this.minGrantOre = minGrant.ore();
		this.maxGrantOre = maxGrant.ore();
		this.minDurationMonths = minDurationMonths;
		this.maxDurationMonths = maxDurationMonths;
	}

	PoolId id() {
		return new PoolId(id);
	}

	ProgrammeId programme() {
		return new ProgrammeId(programmeId);
	}

	LocalizedText name() {
		return name;
	}

	LocalizedText description() {
		return description;
	}

	Money budget() {
		return new Money(budgetOre);
	}

	Money minGrant() {
		return new Money(minGrantOre);
	}

	Money maxGrant() {
		return new Money(maxGrantOre);
	}

	Integer minDurationMonths() {
		return minDurationMonths;
	}

	Integer maxDurationMonths() {
		return maxDurationMonths;
	}
}
