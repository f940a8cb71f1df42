package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MoneyAndFormatsTests {

	@Test
	void formatsKronerTheDanishWay() {
		assertThat(Formats.dkk(Money.ofKroner(1_173_040))).isEqualTo("1.173.040 kr.");
		assertThat(Formats.dkk(Money.ofKroner(0))).isEqualTo("0 kr.");
		assertThat(Formats.dkk(Money.ofKroner(-500))).isEqualTo("-500 kr.");
		assertThat(Formats.dkk(new Money(12_345_67))).isEqualTo("12.345,67 kr.");
		assertThat(Formats.dkk(2_126_080)).isEqualTo("2.126.080 kr.");
	}

	@Test
	void parsesAmountsAsTyped() {
		assertThat(Money.parse("1.173.040")).isEqualTo(Money.ofKroner(1_173_040));
		assertThat(Money.parse("1173040 kr.")).isEqualTo(Money.ofKroner(1_173_040));
		assertThat(Money.parse(" 50.000,50 ")).isEqualTo(new Money(5_000_050));
		assertThat(Money.parse("DKK 400000")).isEqualTo(Money.ofKroner(400_000));
		assertThatThrownBy(() -> Money.parse("tusind")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.parse("1,234")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.parse("")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void computesSharesExactly() {
		assertThat(Money.ofKroner(2_126_080).percentOf(3000)).isEqualTo(Money.ofKroner(637_824));
		assertThat(Money.ofKroner(953_040).plus(Money.ofKroner(1_173_040))).isEqualTo(Money.ofKroner(2_126_080));
	}

	@Test
	void formatsDatesAndTimesInCopenhagen() {
		assertThat(Formats.date(LocalDate.of(2026, 3, 5))).isEqualTo("05.03.2026");
		// 23:30 UTC on 31 December is already New Year in Copenhagen (UTC+1 in winter)
		assertThat(Formats.dateTime(Instant.parse("2025-12-31T23:30:00Z"))).isEqualTo("01.01.2026 00:30");
		// summer time: UTC+2
		assertThat(Formats.dateTime(Instant.parse("2026-06-01T10:00:00Z"))).isEqualTo("01.06.2026 12:00");
		assertThat(Formats.number(217075, 0)).isEqualTo("217.075");
		assertThat(Formats.number(8.0, 1)).isEqualTo("8,0");
	}

	@Test
	void localizedTextFallsBackToDanish() {
		LocalizedText text = LocalizedText.of("Sund med Kultur", null);
		assertThat(text.in(java.util.Locale.ENGLISH)).isEqualTo("Sund med Kultur");
		assertThat(LocalizedText.of("Puljer", "Pools").in(java.util.Locale.ENGLISH)).isEqualTo("Pools");
		assertThatThrownBy(() -> LocalizedText.of(" ", "x")).isInstanceOf(IllegalArgumentException.class);
	}
}
