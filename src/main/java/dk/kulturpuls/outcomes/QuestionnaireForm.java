package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a questionnaire's answers from form fields item1 … itemN; a missing or unreadable answer is null. */
final class QuestionnaireForm {

	private QuestionnaireForm() {
	}

	static List<Integer> answers(Instrument instrument, Map<String, String> form) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= instrument.items().size(); i++) {
			String value = form.get("item" + i);
			Integer answer = null;
			if (value != null && value.matches("\\d{1,2}")) {
				answer = Integer.valueOf(value);
			}
			answers.add(answer);
		}
		return answers;
	}

	/** The 1-based numbers of the unanswered items. */
	static List<Integer> missing(List<Integer> answers) {
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i) == null) {
				missing.add(i + 1);
			}
		}
		return missing;
	}
}
