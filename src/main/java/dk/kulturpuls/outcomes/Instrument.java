package dk.kulturpuls.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A validated questionnaire in one version, read from {@code outcomes/instruments/<code>.v<version>.json}: its
 * items and answer scale in Danish and English, and how a complete response is scored. Scoring is data, not
 * code: a sum (times a multiplier, WHO-5's percentage) or a sum converted through a table (SWEMWBS's Rasch
 * metric, applied to each person's raw total before any averaging).
 */
record Instrument(String code, int version, Text name, Text instruction, String source, Text licence,
		Text translationNote, int minAnswer, int maxAnswer, List<Answer> answers, List<Text> items, Scoring scoring,
		boolean higherIsBetter, double clinicallyRelevantChange, Double lowWellbeingAtOrBelow,
		Double lonelyAtOrAbove) {

	/** A text in Danish and English; where the Danish is missing (a licensed translation) the English is shown. */
	record Text(String da, String en) {
		String in(Locale locale) {
			boolean english = locale != null && "en".equals(locale.getLanguage());
			if (english) {
				return en != null ? en : da;
			}
			return da != null ? da : en;
		}

		boolean hasDanish() {
			return da != null && !da.isBlank();
		}
	}

	record Answer(int value, String da, String en) {
		String label(Locale locale) {
			return new Text(da, en).in(locale);
		}
	}

	/**
	 * @param method "sum" or "lookup"
	 * @param multiplier for "sum": the raw total times this
	 * @param table for "lookup": raw total → score
	 */
	record Scoring(String method, Integer multiplier, double min, double max, Map<String, Double> table) {
	}

	String key() {
		return code + " v" + version;
	}

	/** Whether every item and answer has a Danish wording (a licensed scale may ship with the English only). */
	boolean hasDanishWording() {
		return items.stream().allMatch(Text::hasDanish)
				&& answers.stream().allMatch(a -> a.da() != null && !a.da().isBlank());
	}

	/** The language a form in {@code locale} is shown in: Danish falls back to English where no Danish exists. */
	String languageFor(java.util.Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english || !hasDanishWording() ? "en" : "da";
	}

	/** This instrument with a Danish wording laid over it (the licensee's registered translation). */
	Instrument withDanish(String danishInstruction, List<String> danishAnswers, List<String> danishItems) {
		if (danishAnswers.size() != answers.size() || danishItems.size() != items.size()) {
			throw new IllegalArgumentException("the wording must have one text per answer and per item");
		}
		List<Answer> newAnswers = new java.util.ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			newAnswers.add(new Answer(answers.get(i).value(), danishAnswers.get(i), answers.get(i).en()));
		}
		List<Text> newItems = new java.util.ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			newItems.add(new Text(danishItems.get(i), items.get(i).en()));
		}
		Text newInstruction = danishInstruction == null || danishInstruction.isBlank() ? instruction
				: new Text(danishInstruction, instruction == null ? null : instruction.en());
		return new Instrument(code, version, name, newInstruction, source, licence, null, minAnswer, maxAnswer,
				List.copyOf(newAnswers), List.copyOf(newItems), scoring, higherIsBetter, clinicallyRelevantChange,
				lowWellbeingAtOrBelow, lonelyAtOrAbove);
	}

	/**
	 * Scores one complete response.
	 *
	 * @param answers one answer per item, in item order
	 * @throws InvalidResponseException when an item is missing or out of range (the message key says which)
	 */
	Score score(List<Integer> answers) {
		if (answers == null || answers.size() != items.size()) {
			throw new InvalidResponseException("outcomes.error.itemCount", items.size());
		}
		int raw = 0;
		for (int i = 0; i < answers.size(); i++) {
			Integer answer = answers.get(i);
			if (answer == null) {
				throw new InvalidResponseException("outcomes.error.missingItem", i + 1);
			}
			if (answer < minAnswer || answer > maxAnswer) {
				throw new InvalidResponseException("outcomes.error.outOfRange", i + 1, minAnswer, maxAnswer);
			}
			raw += answer;
		}
		double value = switch (scoring.method()) {
			case "sum" -> raw * (scoring.multiplier() == null ? 1 : scoring.multiplier());
			case "lookup" -> {
				Double converted = scoring.table().get(Integer.toString(raw));
				if (converted == null) {
					throw new IllegalStateException(key() + " has no conversion for raw total " + raw);
				}
				yield converted;
			}
			default -> throw new IllegalStateException("unknown scoring method " + scoring.method());
		};
		return new Score(code, version, raw, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue());
	}

	/** The conversion table in raw order, for display beside a lookup-scored instrument. */
	SortedMap<Integer, Double> conversionTable() {
		SortedMap<Integer, Double> sorted = new TreeMap<>();
		if (scoring.table() != null) {
			scoring.table().forEach((raw, score) -> sorted.put(Integer.parseInt(raw), score));
		}
		return sorted;
	}

	/** A scored response, always with the instrument version it was scored by. */
	record Score(String instrument, int version, int raw, double value) {
	}
}
