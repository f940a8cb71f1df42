package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An instrument laid out for a form in one language, with the answers given so far (kept when the form is
 * shown again with an error) and the unanswered items marked once the form was sent.
 *
 * @param lang the language the instruction, items and answers are in: a scale without a Danish wording is shown in
 *     English on a Danish page, and says so with its own {@code lang}
 * @param nameLang the language of the scale's name (the licensed scales have an English name in both languages)
 */
public record QuestionnaireView(String code, String name, String nameLang, String lang, String instruction,
		String licence, List<Item> items) {

	public record Item(int number, String text, List<Choice> choices, boolean missing) {

		public String errorId() {
			return "item" + number + "-error";
		}
	}

	public record Choice(int value, String label, boolean selected) {
	}

	static QuestionnaireView of(Instrument instrument, List<Integer> given, Locale locale) {
		return of(instrument, given, locale, false);
	}

	/**
	 * @param markMissing whether the form was sent, so that an unanswered item is marked as such
	 */
	static QuestionnaireView of(Instrument instrument, List<Integer> given, Locale locale, boolean markMissing) {
		String lang = instrument.languageFor(locale);
		Locale texts = Locale.forLanguageTag(lang);
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < instrument.items().size(); i++) {
			Integer answer = i < given.size() ? given.get(i) : null;
			List<Choice> choices = new ArrayList<>();
			for (Instrument.Answer a : instrument.answers()) {
				choices.add(new Choice(a.value(), a.label(texts), answer != null && answer == a.value()));
			}
			boolean missing = markMissing && (answer == null || answer < instrument.minAnswer()
					|| answer > instrument.maxAnswer());
			items.add(new Item(i + 1, instrument.items().get(i).in(texts), choices, missing));
		}
		Instrument.Text name = instrument.name();
		String pageLang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
		String nameLang = name.da() != null && name.da().equals(name.en()) ? "en" : pageLang;
		return new QuestionnaireView(instrument.code(), name.in(locale), nameLang, lang,
				instrument.instruction() == null ? null : instrument.instruction().in(texts),
				instrument.licence() == null ? null : instrument.licence().in(locale), items);
	}

	/** The numbers of the items not (validly) answered, in form order. */
	public List<Integer> missingItems() {
		return items.stream().filter(Item::missing).map(Item::number).toList();
	}
}
