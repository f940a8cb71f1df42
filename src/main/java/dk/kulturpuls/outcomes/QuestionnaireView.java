package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An instrument laid out for a form in one language, with the answers given so far (kept when the form is
 * shown again with an error).
 */
public record QuestionnaireView(String code, String name, String instruction, String licence, List<Item> items) {

	public record Item(int number, String text, List<Choice> choices) {
	}

	public record Choice(int value, String label, boolean selected) {
	}

	static QuestionnaireView of(Instrument instrument, List<Integer> given, Locale locale) {
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < instrument.items().size(); i++) {
			Integer answer = i < given.size() ? given.get(i) : null;
			List<Choice> choices = new ArrayList<>();
			for (Instrument.Answer a : instrument.answers()) {
				choices.add(new Choice(a.value(), a.label(locale), answer != null && answer == a.value()));
			}
			items.add(new Item(i + 1, instrument.items().get(i).in(locale), choices));
		}
		return new QuestionnaireView(instrument.code(), instrument.name().in(locale),
				instrument.instruction() == null ? null : instrument.instruction().in(locale),
				instrument.licence() == null ? null : instrument.licence().in(locale), items);
	}
}
