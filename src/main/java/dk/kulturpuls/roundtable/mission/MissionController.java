package dk.kulturpuls.roundtable.mission;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.kulturpuls.platform.Option;
import dk.kulturpuls.roundtable.ActorMap;
import dk.kulturpuls.roundtable.RoundtableView;
import dk.kulturpuls.roundtable.Roundtables;

/** The secretariat's mission page: versions and their differences, visual artefacts and endorsements. */
@Controller
class MissionController {

	private final Missions missions;
	private final Roundtables roundtables;
	private final Clock clock;

	MissionController(Missions missions, Roundtables roundtables, Clock clock) {
		this.missions = missions;
		this.roundtables = roundtables;
		this.clock = clock;
	}

	@GetMapping("/secretariat/roundtables/{id}/mission")
	String mission(@PathVariable UUID id, Model model) {
		RoundtableView roundtable = roundtable(id);
		List<Missions.VersionView> versions = missions.versions(id);
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("versions", versions);
		model.addAttribute("current", versions.isEmpty() ? null : versions.get(0));
		model.addAttribute("artefacts", missions.artefacts(id));
		model.addAttribute("endorsements", missions.endorsements(id));
		model.addAttribute("maxMegabytes", missions.maxMegabytes());
		model.addAttribute("versionOptions", versions.stream()
			.map(v -> new Option(v.id().toString(), v.number() + ": " + v.title())).toList());
		model.addAttribute("organisationOptions", roundtables.actorMap(id).actors().stream()
			.sorted(Comparator.comparing(ActorMap.ActorView::name))
			.map(a -> new Option(a.organisationId().toString(), a.name())).toList());
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", versions.isEmpty() ? new VersionForm(null, null, null)
					: new VersionForm(versions.get(0).title(), versions.get(0).textHtml(), null));
		}
		if (!model.containsAttribute("artefactForm")) {
			model.addAttribute("artefactForm", ArtefactForm.empty());
		}
		if (!model.containsAttribute("endorsementForm")) {
			model.addAttribute("endorsementForm", new EndorsementForm(versions.isEmpty() ? null : versions.get(0).id(),
					null, LocalDate.now(clock), null));
		}
		return "roundtable/mission";
	}

	@PostMapping("/secretariat/roundtables/{id}/mission/versions")
	String write(@PathVariable UUID id, @Validated @ModelAttribute("versionForm") VersionForm form,
			BindingResult errors, Model model, Authentication user, RedirectAttributes redirect) {
		roundtable(id);
		if (!errors.hasFieldErrors("text") && MissionDiff.text(Roundtables.sanitise(form.text())).isBlank()) {
			errors.rejectValue("text", "rt.mission.text.empty");
		}
		if (errors.hasErrors()) {
			return mission(id, model);
		}
		missions.write(id, form.title(), form.text(), form.changeNote(), user.getName());
		redirect.addFlashAttribute("success", "rt.mission.version.saved");
		return "redirect:/secretariat/roundtables/" + id + "/mission";
	}

	@GetMapping("/secretariat/roundtables/{id}/mission/diff")
	String diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
		RoundtableView roundtable = roundtable(id);
		MissionDiff diff = missions.diff(id, from, to)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("roundtable", roundtable);
		model.addAttribute("older", missions.version(id, Math.min(from, to)).orElseThrow());
		model.addAttribute("newer", missions.version(id, Math.max(from, to)).orElseThrow());
		model.addAttribute("diff", diff);
		return "roundtable/mission-diff";
	}

	@PostMapping("/secretariat/roundtables/{id}/mission/artefacts")
	String addArtefact(@PathVariable UUID id, @Validated @ModelAttribute("artefactForm") ArtefactForm form,
			BindingResult errors, Model model, Authentication user, RedirectAttributes redirect) throws IOException {
		roundtable(id);
		if (form.hasFile() == form.hasUrl()) {
			errors.rejectValue("url", "rt.mission.artefact.fileOrUrl");
		}
		else if (form.hasUrl() && !isWebAddress(form.url())) {
			errors.rejectValue("url", "rt.mission.artefact.url.invalid");
		}
		if (errors.hasErrors()) {
			return mission(id, model);
		}
		if (form.hasUrl()) {
			missions.addLink(id, form.artefactTitle(), form.textAlternative(), form.url(), user.getName());
		}
		else {
			try {
				missions.addFile(id, form.artefactTitle(), form.textAlternative(), form.file().getOriginalFilename(),
						form.file().getBytes(), user.getName());
			}
			catch (MissionFiles.ArtefactRejected e) {
				errors.rejectValue("file", e.getMessage(), e.arguments(), e.getMessage());
				return mission(id, model);
			}
		}
		redirect.addFlashAttribute("success", "rt.mission.artefact.added");
		return "redirect:/secretariat/roundtables/" + id + "/mission#artefacts-heading";
	}

	@GetMapping("/secretariat/roundtables/{id}/mission/files/{artefact}")
	ResponseEntity<InputStreamResource> artefact(@PathVariable UUID id, @PathVariable UUID artefact)
			throws IOException {
		Missions.ArtefactFile file = missions.file(id, artefact)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/secretariat/roundtables/{id}/mission/endorsements")
	String endorse(@PathVariable UUID id, @Validated @ModelAttribute("endorsementForm") EndorsementForm form,
			BindingResult errors, Model model, Authentication user, RedirectAttributes redirect) {
		roundtable(id);
		if (form.endorsedOn() != null && form.endorsedOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("endorsedOn", "rt.mission.endorsement.future");
		}
		if (form.version() != null && missions.versions(id).stream().noneMatch(v -> v.id().equals(form.version()))) {
			errors.rejectValue("version", "rt.mission.endorsement.version.unknown");
		}
		if (form.organisation() != null && roundtables.actorMap(id).actors().stream()
			.noneMatch(a -> a.organisationId().equals(form.organisation()))) {
			errors.rejectValue("organisation", "rt.mission.endorsement.organisation.unknown");
		}
		if (!errors.hasErrors() && missions.endorsements(id).stream().anyMatch(e -> e.organisationId()
			.equals(form.organisation()) && missions.versions(id).stream()
				.anyMatch(v -> v.id().equals(form.version()) && v.number() == e.versionNumber()))) {
			errors.rejectValue("organisation", "rt.mission.endorsement.exists");
		}
		if (errors.hasErrors()) {
			return mission(id, model);
		}
		missions.endorse(id, form.version(), form.organisation(), form.endorsedOn(), form.endorsedBy(),
				user.getName());
		redirect.addFlashAttribute("success", "rt.mission.endorsement.saved");
		return "redirect:/secretariat/roundtables/" + id + "/mission#endorsements-heading";
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url.strip());
			return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
					|| "http".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private RoundtableView roundtable(UUID id) {
		return roundtables.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
