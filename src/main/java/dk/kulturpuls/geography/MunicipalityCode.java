package dk.kulturpuls.geography;

/** The official four-digit municipality code, e.g. "0851" for Aalborg. */
public record MunicipalityCode(String value) {

	public MunicipalityCode {
		if (value == null || !value.matches("\\d{4}")) {
			throw new IllegalArgumentException("a municipality code has four digits: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
