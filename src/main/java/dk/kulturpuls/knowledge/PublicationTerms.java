package dk.kulturpuls.knowledge;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.LocalizedText;

/**
 * The words a publication is found by besides its own text: the names of its facet values — target groups, offer
 * type, art form and municipalities — in Danish and English, as the facets show them. The facets filter by code;
 * these names let a typed query ("ældre", "Hjørring", "musik") find what a facet counts.
 */
@Component
class PublicationTerms {

	private static final Locale DANISH = Locale.of("da");

	/** The current names of every facet value, read once for many publications. */
	record Names(Map<String, LocalizedText> targetGroups, Map<String, LocalizedText> offerTypes,
			Map<String, String> municipalities) {
	}

	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final MessageSource messages;

	PublicationTerms(ProgrammeCatalogue catalogue, Municipalities municipalities, MessageSource messages) {
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	Names names() {
		return new Names(
				catalogue.targetGroups().stream()
					.collect(Collectors.toMap(ProgrammeCatalogue.CategoryView::code,
							ProgrammeCatalogue.CategoryView::name, (a, b) -> a)),
				catalogue.offerTypes().stream()
					.collect(Collectors.toMap(ProgrammeCatalogue.CategoryView::code,
							ProgrammeCatalogue.CategoryView::name, (a, b) -> a)),
				municipalities.all().stream()
					.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a)));
	}

	String of(KnowledgeBase.NewPublication publication) {
		return of(names(), publication.offerType(), publication.targetGroups(), publication.municipalities(),
				publication.artForm());
	}

	/** The names, one per line, in a stable order (so that an unchanged publication gives the same text). */
	String of(Names names, String offerType, Set<String> targetGroups, Set<String> municipalityCodes,
			String artForm) {
		Set<String> terms = new LinkedHashSet<>();
		targetGroups.stream().sorted().map(names.targetGroups()::get).forEach(name -> both(terms, name));
		if (offerType != null) {
			both(terms, names.offerTypes().get(offerType.strip()));
		}
		if (artForm != null && !artForm.isBlank()) {
			String key = "publication.artForm." + artForm.strip();
			terms.add(messages.getMessage(key, null, artForm, DANISH));
			terms.add(messages.getMessage(key, null, artForm, Locale.ENGLISH));
		}
		municipalityCodes.stream().sorted().map(names.municipalities()::get).filter(n -> n != null)
			.forEach(terms::add);
		return String.join("\n", terms);
	}

	private static void both(Set<String> terms, LocalizedText name) {
		if (name == null) {
			return;
		}
		terms.add(name.da());
		if (name.en() != null && !name.en().isBlank()) {
			terms.add(name.en());
		}
	}
}
