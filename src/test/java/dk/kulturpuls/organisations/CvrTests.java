package dk.kulturpuls.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CvrTests {

	@Test
	void acceptsANumberWhoseWeightedSumIsDivisibleByEleven() {
		assertThat(Cvr.isValid("29190925")).isTrue();
		assertThat(Cvr.isValid("2919 0925")).isTrue();
	}

	@Test
	void refusesWrongCheckDigitsLengthsAndLetters() {
		assertThat(Cvr.isValid("29190926")).isFalse();
		assertThat(Cvr.isValid("2919092")).isFalse();
		assertThat(Cvr.isValid("2919092A")).isFalse();
		assertThat(Cvr.isValid("")).isFalse();
		assertThatThrownBy(() -> new Organisation("X", OrganisationType.KL, Sector.CULTURE, "12345678", null,
				Instant.now())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void padsAThreeDigitMunicipalityCode() {
		Organisation organisation = new Organisation("Aalborg", OrganisationType.MUNICIPALITY, Sector.SOCIAL, null,
				"851", Instant.now());
		assertThat(organisation.view(java.util.List.of()).municipalityCode()).isEqualTo("0851");
	}
}
