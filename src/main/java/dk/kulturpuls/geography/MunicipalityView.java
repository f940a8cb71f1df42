package dk.kulturpuls.geography;

/**
 * A municipality as other modules see it.
 *
 * @param population inhabitants, or null where the reference data has none
 */
public record MunicipalityView(MunicipalityCode code, String name, String regionCode, String regionName,
		Integer population) {
}
