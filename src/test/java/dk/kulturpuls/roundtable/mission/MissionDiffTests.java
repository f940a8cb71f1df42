package dk.kulturpuls.roundtable.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.roundtable.mission.MissionDiff.Kind;
import dk.kulturpuls.roundtable.mission.MissionDiff.Segment;

class MissionDiffTests {

	/** The text a reader gets by reading the segments without the given kind (line breaks belong to both). */
	static String without(MissionDiff diff, Kind left) {
		return diff.segments().stream().filter(s -> s.kind() != left)
			.map(s -> s.lineBreak() ? "\n" : s.text()).collect(Collectors.joining()).strip();
	}

	@Test
	void marksInsertedAndDeletedWordsSoThatBothVersionsCanBeRead() {
		String older = "<p>Kunst og kultur for mental sundhed.</p>";
		String newer = "<p>Kunst og kultur som fast del af mental sundhed.</p>";

		MissionDiff diff = MissionDiff.between(older, newer);

		assertThat(diff.wordsDeleted()).isEqualTo(1);
		assertThat(diff.wordsInserted()).isEqualTo(4);
		assertThat(diff.segments()).contains(new Segment(Kind.DELETED, "for"));
		assertThat(diff.segments().get(0)).isEqualTo(new Segment(Kind.SAME, "Kunst og kultur "));
		assertThat(without(diff, Kind.INSERTED)).isEqualTo(MissionDiff.text(older));
		assertThat(without(diff, Kind.DELETED)).isEqualTo(MissionDiff.text(newer));
	}

	@Test
	void keepsParagraphsAndListItemsAsLineBreaks() {
		String older = "<p>Første afsnit.</p><ul><li>Et punkt</li></ul>";
		String newer = "<p>Første afsnit.</p><ul><li>Et punkt</li><li>Et nyt punkt</li></ul>";

		MissionDiff diff = MissionDiff.between(older, newer);

		assertThat(diff.wordsInserted()).isEqualTo(3);
		assertThat(diff.wordsDeleted()).isZero();
		assertThat(without(diff, Kind.INSERTED)).isEqualTo("Første afsnit.\nEt punkt");
		assertThat(without(diff, Kind.DELETED)).isEqualTo("Første afsnit.\nEt punkt\nEt nyt punkt");
	}

	@Test
	void identicalTextsAreUnchangedWhateverTheFormatting() {
		MissionDiff diff = MissionDiff.between("<p>Samme <strong>tekst</strong></p>", "<p>Samme tekst</p>");

		assertThat(diff.unchanged()).isTrue();
		assertThat(diff.segments()).containsExactly(new Segment(Kind.SAME, "Samme tekst"));
	}

	@Test
	void readsTheTextWithoutMarkupOneLinePerBlock() {
		assertThat(MissionDiff.text("<h2>Mål</h2><p>A &amp; B</p>")).isEqualTo("Mål\nA & B");
		assertThat(MissionDiff.text(null)).isEmpty();
	}
}
