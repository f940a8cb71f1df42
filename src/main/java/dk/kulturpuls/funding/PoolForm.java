package dk.kulturpuls.funding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kulturpuls.platform.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The officer's form for a pool's rules; the budget is typed per budget year, one row a year. */
class PoolForm {

	/** One budget year and its amount. */
	static class YearRow {

		private Integer year;
		private Money amount;

		YearRow() {
		}

		YearRow(Integer year, Money amount) {
			this.year = year;
			this.amount = amount;
		}

		boolean isBlank() {
			return year == null && amount == null;
		}

		public Integer getYear() { return year; }
		public void setYear(Integer year) { this.year = year; }
		public Money getAmount() { return amount; }
		public void setAmount(Money amount) { this.amount = amount; }
	}

	private long version;
	@NotBlank
	@Size(max = 200)
	private String nameDa;
	@Size(max = 200)
	private String nameEn;
	@NotBlank
	private String descriptionDa;
	private String descriptionEn;
	private List<YearRow> years = new ArrayList<>();
	@NotNull
	private Money minGrant;
	@NotNull
	private Money maxGrant;
	@Min(1)
	@Max(120)
	private Integer minDurationMonths;
	@Min(1)
	@Max(120)
	private Integer maxDurationMonths;
	private Set<String> applicantTypes = new LinkedHashSet<>();
	@NotNull
	@Min(0)
	@Max(100)
	private Integer coFundingPercent;
	private String documentationDutyDa;
	private String documentationDutyEn;

	static PoolForm of(Pool pool) {
		PoolForm form = new PoolForm();
		form.version = pool.version();
		form.nameDa = pool.name().da();
		form.nameEn = pool.name().en();
		form.descriptionDa = pool.description().da();
		form.descriptionEn = pool.description().en();
		for (Map.Entry<Integer, Money> year : pool.yearBudgets().entrySet()) {
			form.years.add(new YearRow(year.getKey(), year.getValue()));
		}
		if (form.years.isEmpty()) {
			form.years.add(new YearRow());
		}
		form.minGrant = pool.minGrant();
		form.maxGrant = pool.maxGrant();
		form.minDurationMonths = pool.minDurationMonths();
		form.maxDurationMonths = pool.maxDurationMonths();
		pool.eligibleApplicants().forEach(kind -> form.applicantTypes.add(kind.name()));
		form.coFundingPercent = pool.coFundingPercent();
		form.documentationDutyDa = pool.documentationDuty() == null ? null : pool.documentationDuty().da();
		form.documentationDutyEn = pool.documentationDuty() == null ? null : pool.documentationDuty().en();
		return form;
	}

	Set<ApplicantKind> eligible() {
		Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
		for (ApplicantKind kind : ApplicantKind.values()) {
			if (applicantTypes.contains(kind.name())) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getNameDa() { return nameDa; }
	public void setNameDa(String nameDa) { this.nameDa = nameDa; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public String getDescriptionDa() { return descriptionDa; }
	public void setDescriptionDa(String descriptionDa) { this.descriptionDa = descriptionDa; }
	public String getDescriptionEn() { return descriptionEn; }
	public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
	public List<YearRow> getYears() { return years; }
	public void setYears(List<YearRow> years) { this.years = years == null ? new ArrayList<>() : years; }
	public Money getMinGrant() { return minGrant; }
	public void setMinGrant(Money minGrant) { this.minGrant = minGrant; }
	public Money getMaxGrant() { return maxGrant; }
	public void setMaxGrant(Money maxGrant) { this.maxGrant = maxGrant; }
	public Integer getMinDurationMonths() { return minDurationMonths; }
	public void setMinDurationMonths(Integer minDurationMonths) { this.minDurationMonths = minDurationMonths; }
	public Integer getMaxDurationMonths() { return maxDurationMonths; }
	public void setMaxDurationMonths(Integer maxDurationMonths) { this.maxDurationMonths = maxDurationMonths; }
	public Set<String> getApplicantTypes() { return applicantTypes; }
	public void setApplicantTypes(Set<String> applicantTypes) { this.applicantTypes = applicantTypes == null ? new LinkedHashSet<>() : applicantTypes; }
	public Integer getCoFundingPercent() { return coFundingPercent; }
	public void setCoFundingPercent(Integer coFundingPercent) { this.coFundingPercent = coFundingPercent; }
	public String getDocumentationDutyDa() { return documentationDutyDa; }
	public void setDocumentationDutyDa(String documentationDutyDa) { this.documentationDutyDa = documentationDutyDa; }
	public String getDocumentationDutyEn() { return documentationDutyEn; }
	public void setDocumentationDutyEn(String documentationDutyEn) { this.documentationDutyEn = documentationDutyEn; }
}
