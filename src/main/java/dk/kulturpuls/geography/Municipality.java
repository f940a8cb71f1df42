package dk.kulturpuls.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Danish municipality (kommune), its region and, where known, its population. Reference data. */
@Entity
@Table(name = "geography_municipality")
class Municipality {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "region_name", nullable = false)
	private String regionName;

	private Integer population;

	@Column(name = "population_as_of")
	private String populationAsOf;

	@Column(name = "population_source")
	private String populationSource;

	protected Municipality() {
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	void countPopulation(int inhabitants, String asOf, String source) {
		this.population = inhabitants;
		this.populationAsOf = asOf;
		this.populationSource = source;
	}

	MunicipalityView view() {
		return new MunicipalityView(new MunicipalityCode(code), name, regionCode, regionName, population,
				populationAsOf, populationSource);
	}
}
