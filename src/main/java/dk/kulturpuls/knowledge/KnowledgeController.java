package dk.kulturpuls.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.Option;

/**
 * The knowledge base's pages: the public search and publication pages under /public/knowledge, and the officer's
 * search (internal publications included) and form to publish under /officer/knowledge.
 */
@Controller
class KnowledgeController {

	private final KnowledgeBase knowledge;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;
	private final MessageSource messages;
	private final Clock clock;

	KnowledgeController(KnowledgeBase knowledge, ProgrammeCatalogue catalogue, Municipalities municipalities,
			MessageSource messages, Clock clock) {
		this.knowledge = knowledge;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/public/knowledge")
	String publicSearch(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		return search(params, Audience.PUBLIC, "/public/knowledge", model, locale);
	}

	@GetMapping("/officer/knowledge")
	String officerSearch(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		return search(params, Audience.STAFF, "/officer/knowledge", model, locale);
	}

	@GetMapping("/public/knowledge/{id}")
	String publicPublication(@PathVariable UUID id, Model model, Locale locale) {
		return publication(id, Audience.PUBLIC, "/public/knowledge", model, locale);
	}

	@GetMapping("/officer/knowledge/{id}")
	String officerPublication(@PathVariable UUID id, Model model, Locale locale) {
		return publication(id, Audience.STAFF, "/officer/knowledge", model, locale);
	}

	@GetMapping("/public/knowledge/{id}/file")
	ResponseEntity<byte[]> publicFile(@PathVariable UUID id) {
		return file(id, Audience.PUBLIC);
	}

	@GetMapping("/officer/knowledge/{id}/file")
	ResponseEntity<byte[]> officerFile(@PathVariable UUID id) {
		return file(id, Audience.STAFF);
	}

	@GetMapping("/officer/knowledge/new")
	String newPublication(Model model, Locale locale) {
		model.addAttribute("form", PublicationForm.empty(LocalDate.now(clock).getYear()));
		return form(model, locale);
	}

	@PostMapping("/officer/knowledge")
	String publish(@Validated @ModelAttribute("form") PublicationForm form, BindingResult errors, Model model,
			Locale locale, Authentication authentication, RedirectAttributes redirect) {
		if (form.offerType() != null && !form.offerType().isBlank()
				&& catalogue.offerType(form.offerType()).isEmpty()) {
			errors.rejectValue("offerType", "publication.offerType.unknown");
		}
		for (String group : form.targetGroupsOrEmpty()) {
			if (catalogue.targetGroup(group).isEmpty()) {
				errors.rejectValue("targetGroups", "publication.targetGroups.unknown");
				break;
			}
		}
		for (String code : form.municipalitiesOrEmpty()) {
			if (!code.matches("\\d{3,4}") || municipalities.all().stream().noneMatch(m -> m.code().value().equals(code))) {
				errors.rejectValue("municipalities", "publication.municipalities.unknown");
				break;
			}
		}
		if (form.artForm() != null && !form.artForm().isBlank()
				&& Arrays.stream(ArtForm.values()).noneMatch(a -> a.name().equals(form.artForm()))) {
			errors.rejectValue("artForm", "publication.artForm.unknown");
		}
		byte[] content = null;
		if (form.file() != null && !form.file().isEmpty()) {
			try {
				content = form.file().getBytes();
			}
			catch (IOException e) {
				errors.rejectValue("file", "publication.file.unreadable");
			}
		}
		if (errors.hasErrors()) {
			if (content != null) {
				model.addAttribute("chooseFileAgain", true);
			}
			return form(model, locale);
		}
		KnowledgeBase.NewPublication publication = new KnowledgeBase.NewPublication(form.title(), form.summary(),
				form.kind(), form.offerType(), form.targetGroupsOrEmpty(), form.municipalitiesOrEmpty(), form.artForm(),
				form.instrument(), form.year(), form.publiclyVisible());
		UUID id;
		try {
			id = knowledge.publish(publication,
					content == null ? null : new KnowledgeBase.Upload(form.file().getOriginalFilename(), content),
					authentication.getName());
		}
		catch (TextExtraction.UnreadableDocumentException e) {
			errors.rejectValue("file", e.messageKey());
			return form(model, locale);
		}
		redirect.addFlashAttribute("success", "publication.published");
		return "redirect:/officer/knowledge/" + id;
	}

	private String search(MultiValueMap<String, String> params, Audience audience, String base, Model model,
			Locale locale) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : KnowledgeBase.FACETS) {
			List<String> values = params.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		KnowledgeBase.Sort sort = null;
		String sortParam = params.getFirst("sort");
		if (sortParam != null) {
			sort = Arrays.stream(KnowledgeBase.Sort.values()).filter(s -> s.name().equals(sortParam)).findFirst()
				.orElse(null);
		}
		int page = 0;
		try {
			page = Integer.parseInt(params.getOrDefault("page", List.of("0")).getFirst());
		}
		catch (NumberFormatException e) {
			page = 0;
		}
		KnowledgeBase.Query query = new KnowledgeBase.Query(params.getFirst("q"), filters, sort, page);
		KnowledgeBase.Result result = knowledge.search(query, audience);
		model.addAttribute("query", query);
		// the order the searcher chose, or none: then relevance when words are typed, else the newest first
		model.addAttribute("chosenSort", sort == null ? null : sort.name());
		model.addAttribute("result", result);
		model.addAttribute("base", base);
		model.addAttribute("staff", audience == Audience.STAFF);
		model.addAttribute("sorts", Arrays.stream(KnowledgeBase.Sort.values())
			.map(s -> new Option(s.name(), messages.getMessage("knowledge.sort." + s.name(), null, locale)))
			.toList());
		model.addAttribute("labels", labels(locale));
		return "knowledge/search";
	}

	private String publication(UUID id, Audience audience, String base, Model model, Locale locale) {
		KnowledgeBase.PublicationView publication = knowledge.find(id, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("publication", publication);
		model.addAttribute("related", knowledge.moreLikeThis(id, audience, 5));
		model.addAttribute("base", base);
		model.addAttribute("staff", audience == Audience.STAFF);
		Map<String, Map<String, String>> labels = labels(locale);
		model.addAttribute("labels", labels);
		model.addAttribute("targetGroupNames", publication.targetGroups().stream()
			.map(code -> labels.get("targetGroup").getOrDefault(code, code)).sorted().toList());
		model.addAttribute("municipalityNames", publication.municipalities().stream()
			.map(code -> labels.get("municipality").getOrDefault(code, code)).sorted().toList());
		return "knowledge/publication";
	}

	private ResponseEntity<byte[]> file(UUID id, Audience audience) {
		KnowledgeBase.StoredFile file = knowledge.file(id, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** Labels of facet values by facet: codes become names in the user's language. */
	private Map<String, Map<String, String>> labels(Locale locale) {
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		labels.put("kind", enumLabels(PublicationKind.values(), "publication.kind.", locale));
		labels.put("artForm", enumLabels(ArtForm.values(), "publication.artForm.", locale));
		Map<String, String> offerTypes = new LinkedHashMap<>();
		catalogue.offerTypes().forEach(c -> offerTypes.put(c.code(), c.name().in(locale)));
		labels.put("offerType", offerTypes);
		Map<String, String> groups = new LinkedHashMap<>();
		catalogue.targetGroups().forEach(c -> groups.put(c.code(), c.name().in(locale)));
		labels.put("targetGroup", groups);
		labels.put("municipality", municipalities.all().stream()
			.collect(LinkedHashMap::new, (m, v) -> m.put(v.code().value(), v.name()), Map::putAll));
		return labels;
	}

	private Map<String, String> enumLabels(Enum<?>[] values, String prefix, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			labels.put(value.name(), messages.getMessage(prefix + value.name(), null, locale));
		}
		return labels;
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("kinds", Arrays.stream(PublicationKind.values())
			.map(k -> new Option(k.name(), messages.getMessage("publication.kind." + k.name(), null, locale)))
			.toList());
		model.addAttribute("artForms", Arrays.stream(ArtForm.values())
			.map(k -> new Option(k.name(), messages.getMessage("publication.artForm." + k.name(), null, locale)))
			.toList());
		model.addAttribute("offerTypes",
				catalogue.offerTypes().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		model.addAttribute("targetGroups",
				catalogue.targetGroups().stream().map(c -> new Option(c.code(), c.name().in(locale))).toList());
		List<MunicipalityView> north = municipalities.inRegion(Municipalities.NORTH_JUTLAND);
		model.addAttribute("municipalityOptions",
				north.stream().map(m -> new Option(m.code().value(), m.name())).toList());
		return "knowledge/form";
	}
}
