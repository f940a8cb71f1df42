package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.platform.PlainText.Block;
import dk.kulturpuls.platform.PlainText.Kind;

class PlainTextTests {

	@Test
	void keepsParagraphsLineBreaksAndLists() {
		List<Block> blocks = PlainText.blocks("Velkomst.\r\nOplæg.\r\n\r\n\r\nAftaler:\n- Region deler data\n*  KL inviterer\n1. Først\n2) Så\n\n  Slut  ");
		assertThat(blocks).containsExactly(
				new Block(Kind.PARAGRAPH, List.of("Velkomst.", "Oplæg.")),
				new Block(Kind.PARAGRAPH, List.of("Aftaler:")),
				new Block(Kind.BULLETS, List.of("Region deler data", "KL inviterer")),
				new Block(Kind.NUMBERS, List.of("Først", "Så")),
				new Block(Kind.PARAGRAPH, List.of("Slut")));
	}

	@Test
	void aDashWithoutTextOrAYearIsNoListItem() {
		assertThat(PlainText.blocks("-\n2026 blev godt")).containsExactly(
				new Block(Kind.PARAGRAPH, List.of("-", "2026 blev godt")));
	}

	@Test
	void nothingForBlankText() {
		assertThat(PlainText.blocks(null)).isEmpty();
		assertThat(PlainText.blocks(" \n ")).isEmpty();
	}
}
