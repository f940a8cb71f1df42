package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of aggregates shown outside a project. A cell is suppressed (its count, mean and SD
 * together) when
 * <ol>
 * <li>it counts fewer than the threshold but more than zero (primary suppression);</li>
 * <li>the rest of the total outside it counts fewer than the threshold but more than zero, since "total minus
 * this cell" would reveal that small group (two overlapping filters: everything, and everything in this group);</li>
 * <li>it is the smallest remaining cell when exactly one cell would otherwise be suppressed, since a single
 * suppressed cell can be recovered from the total (secondary suppression).</li>
 * </ol>
 * When the total itself is below the threshold, everything is suppressed.
 */
final class Suppression {

	private Suppression() {
	}

	/**
	 * @param counts the count of each cell, in display order (cells are disjoint parts of the total)
	 * @param total the total the cells add up to
	 * @return the cells to suppress
	 */
	static <K> Map<K, Boolean> suppress(Map<K, Integer> counts, int total, int threshold) {
		Map<K, Boolean> suppressed = new LinkedHashMap<>();
		if (total < threshold) {
			counts.keySet().forEach(k -> suppressed.put(k, counts.get(k) > 0));
			return suppressed;
		}
		counts.forEach((key, count) -> {
			int rest = total - count;
			suppressed.put(key, (count > 0 && count < threshold) || (rest > 0 && rest < threshold));
		});
		long primary = suppressed.values().stream().filter(Boolean::booleanValue).count();
		if (primary == 1) {
			List<Map.Entry<K, Integer>> candidates = new ArrayList<>(counts.entrySet());
			candidates.removeIf(e -> suppressed.get(e.getKey()) || e.getValue() == 0);
			candidates.stream().min(Comparator.comparingInt(Map.Entry::getValue))
				.ifPresent(e -> suppressed.put(e.getKey(), true));
		}
		return suppressed;
	}

	/** Whether a single figure may be shown: at least the threshold. */
	static boolean showable(int count, int threshold) {
		return count >= threshold;
	}
}
