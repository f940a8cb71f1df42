package dk.kulturpuls.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reading a population table as Statistics Denmark's Statbank exports FOLK1A, and as people save it by hand; what is
 * not a municipality is skipped and named; what cannot be right is refused with the line and what to fix.
 */
class PopulationTableTests {

	static final List<MunicipalityView> MUNICIPALITIES = List.of(
			new MunicipalityView(new MunicipalityCode("0101"), "København", "1084", "Region Hovedstaden", null, null,
					null),
			new MunicipalityView(new MunicipalityCode("0169"), "Høje Taastrup", "1084", "Region Hovedstaden", null,
					null, null),
			new MunicipalityView(new MunicipalityCode("0851"), "Aalborg", "1081", "Region Nordjylland", 1, null, null));

	final PopulationTable table = new PopulationTable(MUNICIPALITIES);

	PopulationTable.Parsed read(String text, Charset charset) {
		return table.read(text.getBytes(charset));
	}

	@Test
	void readsStatbanksExportWithCodesAndNamesAndSkipsTheCountryAndTheRegions() {
		String statbank = """
				\uFEFFOMRÅDE;TID;INDHOLD
				Hele landet;2025K1;5992734
				Region Nordjylland;2025K1;596000
				101 København;2025K1;667099
				169 Høje-Taastrup;2025K1;"58.231"
				851 Aalborg;2025K1;224 000
				""";

		PopulationTable.Parsed parsed = read(statbank, StandardCharsets.UTF_8);

		assertThat(parsed.usable()).isTrue();
		assertThat(parsed.inhabitants()).containsExactly(entry("0101", 667_099), entry("0169", 58_231),
				entry("0851", 224_000));
		assertThat(parsed.ignored()).containsExactly("Hele landet", "Region Nordjylland");
	}

	@Test
	void readsNamesAloneWithCommasInWindows1252() {
		String saved = "Kommune,Indbyggere\r\nKøbenhavns Kommune,667099\r\nHøje Taastrup Kommune,58231\r\n";

		PopulationTable.Parsed parsed = read(saved.replace("Københavns", "København"), Charset.forName("windows-1252"));

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.inhabitants()).containsOnly(entry("0101", 667_099), entry("0169", 58_231));
	}

	@Test
	void aMunicipalityWithoutAWholeCountOrGivenTwiceIsAProblemOnItsLine() {
		String twoQuarters = """
				OMRÅDE;TID;INDHOLD
				101 København;2025K1;667099
				101 København;2025K2;668000
				851 Aalborg;2025K1;..
				""";

		PopulationTable.Parsed parsed = read(twoQuarters, StandardCharsets.UTF_8);

		assertThat(parsed.usable()).isFalse();
		assertThat(parsed.problems()).containsExactly(
				new PopulationTable.Problem(3, "population.import.error.twice", List.of("København")),
				new PopulationTable.Problem(4, "population.import.error.count", List.of("Aalborg", "..")));
	}

	@Test
	void aFileWithoutMunicipalitiesOrWithAnImpossibleCountIsRefused() {
		assertThat(read("Hele landet;5992734\n", StandardCharsets.UTF_8).problems())
			.extracting(PopulationTable.Problem::key).containsExactly("population.import.error.none");
		assertThat(read("0101;99999999\n", StandardCharsets.UTF_8).problems())
			.extracting(PopulationTable.Problem::key).containsExactly("population.import.error.count");
	}
}
