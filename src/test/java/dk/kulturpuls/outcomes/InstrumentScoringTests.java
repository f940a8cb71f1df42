package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Scoring exactly as ../reference/instruments.md says, read from the instrument files. */
class InstrumentScoringTests {

	static final InstrumentCatalogue CATALOGUE = new InstrumentCatalogue();

	static Instrument instrument(String code) {
		return CATALOGUE.current(code).orElseThrow();
	}

	@Test
	void shipsTheFourInstruments() {
		assertThat(CATALOGUE.all()).extracting(Instrument::key)
			.containsExactlyInAnyOrder("WHO-5 v1", "WEMWBS v1", "SWEMWBS v1", "UCLA-3 v1");
		assertThat(instrument("WHO-5").items()).hasSize(5);
		assertThat(instrument("WEMWBS").items()).hasSize(14);
		assertThat(instrument("SWEMWBS").items()).hasSize(7);
		assertThat(instrument("UCLA-3").items()).hasSize(3);
	}

	@Test
	void scoresWhoFiveAsAPercentage() {
		Instrument.Score score = instrument("WHO-5").score(List.of(3, 3, 2, 2, 3));
		assertThat(score.raw()).isEqualTo(13);
		assertThat(score.value()).isEqualTo(52.0);
		assertThat(score.version()).isEqualTo(1);
		assertThat(instrument("WHO-5").score(List.of(5, 5, 5, 5, 5)).value()).isEqualTo(100.0);
		assertThat(instrument("WHO-5").score(List.of(0, 0, 0, 0, 0)).value()).isEqualTo(0.0);
	}

	@Test
	void whoFiveHasTheDanishWordingAndAnswers() {
		Instrument who5 = instrument("WHO-5");
		assertThat(who5.items().get(0).in(Locale.of("da"))).isEqualTo("I de sidste 2 uger har jeg været glad og i godt humør");
		assertThat(who5.answers().get(0).label(Locale.of("da"))).isEqualTo("Hele tiden");
		assertThat(who5.licence()).isNull();
	}

	@Test
	void convertsEachSwemwbsTotalThroughTheRaschTable() {
		Instrument swemwbs = instrument("SWEMWBS");
		assertThat(swemwbs.score(Collections.nCopies(7, 1)).value()).isEqualTo(7.00);
		assertThat(swemwbs.score(List.of(3, 3, 3, 3, 3, 3, 2)).value()).isEqualTo(18.59); // raw 20
		assertThat(swemwbs.score(List.of(4, 3, 3, 3, 3, 3, 3)).value()).isEqualTo(19.98); // raw 22
		assertThat(swemwbs.score(Collections.nCopies(7, 5)).value()).isEqualTo(35.00);
		assertThat(swemwbs.conversionTable()).hasSize(29).containsEntry(20, 18.59).containsEntry(27, 24.11);
		assertThat(swemwbs.licence().en()).contains("Warwick Medical School");
	}

	@Test
	void sumsWemwbsAndUclaThree() {
		Integer[] all4 = new Integer[14];
		Arrays.fill(all4, 4);
		assertThat(instrument("WEMWBS").score(Arrays.asList(all4)).value()).isEqualTo(56.0);
		assertThat(instrument("UCLA-3").score(List.of(3, 2, 3)).value()).isEqualTo(8.0);
		assertThat(instrument("UCLA-3").higherIsBetter()).isFalse();
	}

	@Test
	void refusesIncompleteOrOutOfRangeResponses() {
		Instrument who5 = instrument("WHO-5");
		assertThatThrownBy(() -> who5.score(List.of(3, 3, 3, 3)))
			.isInstanceOf(InvalidResponseException.class).hasMessage("outcomes.error.itemCount");
		assertThatThrownBy(() -> who5.score(Arrays.asList(3, null, 3, 3, 3)))
			.isInstanceOf(InvalidResponseException.class).hasMessage("outcomes.error.missingItem");
		assertThatThrownBy(() -> who5.score(List.of(3, 6, 3, 3, 3)))
			.isInstanceOf(InvalidResponseException.class).hasMessage("outcomes.error.outOfRange");
		assertThatThrownBy(() -> instrument("UCLA-3").score(List.of(0, 1, 1)))
			.isInstanceOf(InvalidResponseException.class).hasMessage("outcomes.error.outOfRange");
	}
}
