package dk.kulturpuls.funding;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
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

	/** Comma-separated {@link ApplicantKind} names that may apply. */
	@Column(name = "applicant_types", nullable = false)
	private String applicantTypes = "ORGANISATION,INDIVIDUAL";

	@Column(name = "cofunding_percent", nullable = false)
	private int coFundingPercent;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "documentation_duty_da")),
			@AttributeOverride(name = "en", column = @Column(name = "documentation_duty_en")) })
	private LocalizedText documentationDuty;

	@ElementCollection
	@CollectionTable(name = "funding_pool_year_budget", joinColumns = @JoinColumn(name = "pool_id"))
	@MapKeyColumn(name = "budget_year")
	@Column(name = "amount_ore", nullable = false)
	private Map<Integer, Long> yearBudgets = new TreeMap<>();

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

	/** Sets who may apply, the co-funding share the applicant must find elsewhere and the documentation duty. */
	void setRules(Set<ApplicantKind> eligible, int coFundingPercent, LocalizedText documentationDuty) {
		if (eligible.isEmpty()) {
			throw new IllegalArgumentException("at least one kind of applicant must be eligible");
		}
		if (coFundingPercent < 0 || coFundingPercent > 100) {
			throw new IllegalArgumentException("a co-funding share is between 0 and 100 %");
		}
		this.applicantTypes = eligible.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.coFundingPercent = coFundingPercent;
		this.documentationDuty = documentationDuty;
	}

	long version() {
		return version;
	}

	/**
	 * Replaces the pool's rules as the officer edits them; the total budget becomes the sum of the budgets per year.
	 */
	void revise(LocalizedText name, LocalizedText description, Map<Integer, Money> budgets, Money minGrant,
			Money maxGrant, Integer minDurationMonths, Integer maxDurationMonths, Set<ApplicantKind> eligible,
			int coFundingPercent, LocalizedText documentationDuty) {
		long total = budgets.values().stream().mapToLong(Money::ore).sum();
		if (minGrant.isNegative() || maxGrant.isLessThan(minGrant) || total < maxGrant.ore()) {
			throw new IllegalArgumentException("the grant limits must satisfy 0 <= minimum <= maximum <= budget");
		}
		if (minDurationMonths != null && maxDurationMonths != null && maxDurationMonths < minDurationMonths) {
			throw new IllegalArgumentException("the maximum duration is shorter than the minimum");
		}
		setRules(eligible, coFundingPercent, documentationDuty);
		this.name = name;
		this.description = description;
		this.budgetOre = total;
		this.minGrantOre = minGrant.ore();
		this.maxGrantOre = maxGrant.ore();
		this.minDurationMonths = minDurationMonths;
		this.maxDurationMonths = maxDurationMonths;
		this.yearBudgets.clear();
		budgets.forEach(this::budgetForYear);
	}

	void budgetForYear(int year, Money amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("a budget cannot be negative");
		}
		yearBudgets.put(year, amount.ore());
	}

	Map<Integer, Money> yearBudgets() {
		Map<Integer, Money> result = new TreeMap<>();
		yearBudgets.forEach((year, ore) -> result.put(year, new Money(ore)));
		return result;
	}

	Set<ApplicantKind> eligibleApplicants() {
		return Arrays.stream(applicantTypes.split(",")).map(ApplicantKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicantKind.class)));
	}

	int coFundingPercent() {
		return coFundingPercent;
	}

	LocalizedText documentationDuty() {
		return documentationDuty;
	}
}
