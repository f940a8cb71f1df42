package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** No suppressed cell can be recovered from the total or from two overlapping filters. */
class SuppressionTests {

	static Map<String, Integer> cells(Object... keyAndCount) {
		Map<String, Integer> cells = new LinkedHashMap<>();
		for (int i = 0; i < keyAndCount.length; i += 2) {
			cells.put((String) keyAndCount[i], (Integer) keyAndCount[i + 1]);
		}
		return cells;
	}

	@Test
	void suppressesSmallCellsAndOneMoreSoThatTheTotalDoesNotGiveThemAway() {
		Map<String, Integer> counts = cells("digital", 3, "youth-education", 12, "vulnerable-citizens", 20);
		Map<String, Boolean> suppressed = Suppression.suppress(counts, 35, 5);
		assertThat(suppressed).containsEntry("digital", true).containsEntry("youth-education", true)
			.containsEntry("vulnerable-citizens", false);
		// the attack: total minus every shown cell must not equal a single suppressed cell
		int shown = counts.entrySet().stream().filter(e -> !suppressed.get(e.getKey())).mapToInt(Map.Entry::getValue).sum();
		assertThat(35 - shown).isNotEqualTo(3);
	}

	@Test
	void protectsASmallRestAgainstDifferencingTwoFilters() {
		// "all participants" (30) and "target group A" (27): 30 − 27 reveals a group of 3
		Map<String, Boolean> suppressed = Suppression.suppress(cells("A", 27, "B", 3), 30, 5);
		assertThat(suppressed).containsEntry("A", true).containsEntry("B", true);
	}

	@Test
	void showsEverythingWhenEveryCellAndRestIsLargeEnough() {
		Map<String, Boolean> suppressed = Suppression.suppress(cells("A", 10, "B", 8, "C", 0), 18, 5);
		assertThat(suppressed).containsEntry("A", false).containsEntry("B", false).containsEntry("C", false);
	}

	@Test
	void suppressesEverythingBelowTheThreshold() {
		Map<String, Boolean> suppressed = Suppression.suppress(cells("A", 2, "B", 2), 4, 5);
		assertThat(suppressed.values()).containsOnly(true);
		assertThat(Suppression.showable(4, 5)).isFalse();
		assertThat(Suppression.showable(5, 5)).isTrue();
	}
}
