package dk.kulturpuls.geography;

/**
 * A municipality as other modules see it.
 *
 * @param population inhabitants, or null where no figure has been loaded
 * @param populationAsOf when the population was counted as the source states it (e.g. "2025K1"), or null
 * @param populationSource where the population comes from (e.g. "Danmarks Statistik, FOLK1A"), or null
 */
public record MunicipalityView(MunicipalityCode code, String name, String regionCode, String regionName,
		Integer population, String populationAsOf, String populationSource) {
}
