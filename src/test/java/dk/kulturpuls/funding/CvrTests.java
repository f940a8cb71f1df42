package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTests {

	@ParameterizedTest
	@ValueSource(strings = { "29350000", "30120000", "12340001", "42100005" })
	void acceptsNumbersThatPassTheModulus11Check(String digits) {
		assertThat(Cvr.isValid(digits)).isTrue();
		assertThat(new Cvr(digits).value()).isEqualTo(digits);
	}

	@ParameterizedTest
	@ValueSource(strings = { "29350001", "12345678", "02935000", "2935000", "293500000", "2935000a", "" })
	void refusesWrongCheckDigitsLengthsAndLetters(String digits) {
		assertThat(Cvr.isValid(digits)).isFalse();
		assertThatThrownBy(() -> new Cvr(digits)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "'29 35 00 00', 29350000", "DK29350000, 29350000", "'dk 2935-0000', 29350000" })
	void normalisesWhatPeopleType(String typed, String digits) {
		assertThat(Cvr.normalise(typed)).isEqualTo(digits);
	}
}
