package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Applicant organisations use the platform's CVR check ({@link dk.kulturpuls.organisations.Cvr}); registration
 * accepts the number as people type it.
 */
class CvrTests {

	@ParameterizedTest
	@ValueSource(strings = { "29350000", "30120000", "12340001", "42100005" })
	void anOrganisationTakesANumberThatPassesTheModulus11Check(String digits) {
		assertThat(ApplicantOrganisation.organisation("Forening", digits).cvr()).isEqualTo(digits);
	}

	@ParameterizedTest
	@ValueSource(strings = { "29350001", "12345678", "02935000", "2935000", "293500000", "2935000a", "", "2935 0000" })
	void anOrganisationRefusesWrongCheckDigitsLengthsLettersAndSpaces(String digits) {
		assertThatThrownBy(() -> ApplicantOrganisation.organisation("Forening", digits))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "'29 35 00 00', 29350000", "DK29350000, 29350000", "'dk 2935-0000', 29350000" })
	void registrationNormalisesWhatPeopleType(String typed, String digits) {
		assertThat(ApplicantOrganisation.typedCvr(typed)).isEqualTo(digits);
		assertThat(dk.kulturpuls.organisations.Cvr.isValid(ApplicantOrganisation.typedCvr(typed))).isTrue();
	}
}
