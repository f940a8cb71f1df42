package dk.kulturpuls.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;

/** Open data: the public projects with their municipalities, offer types, period and grant, as JSON and CSV. */
@RestController
@Tag(name = "Projects", description = "Public projects of the programme: where, what, for whom, when and the grant")
class ProjectsApi {

	@Schema(description = "A public project")
	record ProjectDto(UUID id, String name, String summary, String leadOrganisation,
			@Schema(description = "the programme's offer type code") String offerType,
			@Schema(description = "the offer type in Danish") String offerTypeName, List<String> targetGroups,
			@Schema(description = "four-digit municipality codes (DAGI)") List<String> municipalityCodes,
			List<String> municipalities, LocalDate startDate, LocalDate endDate,
			@Schema(description = "PLANNED, ACTIVE, COMPLETED or CANCELLED") String status,
			@Schema(description = "granted amount in Danish kroner; null for a project without a grant") BigDecimal grantDkk) {
	}

	private final ProjectCatalogue projects;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;

	ProjectsApi(ProjectCatalogue projects, ProgrammeCatalogue catalogue, Municipalities municipalities) {
		this.projects = projects;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
	}

	@GetMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Public projects, by name: municipalities, offer type, target groups, period, status and grant")
	List<ProjectDto> projects(
			@Parameter(description = "only projects reaching this municipality (four-digit code)") @RequestParam(required = false) String municipality,
			@Parameter(description = "only projects of this offer type code") @RequestParam(required = false) String offerType,
			@Parameter(description = "only projects running in this year") @RequestParam(required = false) Integer year) {
		return dtos(municipality, offerType, year);
	}

	@GetMapping(path = "/api/v1/projects.csv", produces = "text/csv")
	@Operation(summary = "The same public projects as CSV (UTF-8, semicolon-separated, as Danish spreadsheets read it)",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
	ResponseEntity<String> csv(@RequestParam(required = false) String municipality,
			@RequestParam(required = false) String offerType, @RequestParam(required = false) Integer year) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append("id;name;lead_organisation;offer_type;target_groups;municipality_codes;municipalities;start_date;end_date;status;grant_dkk\r\n");
		for (ProjectDto p : dtos(municipality, offerType, year)) {
			csv.append(String.join(";", p.id().toString(), cell(p.name()), cell(p.leadOrganisation()),
					cell(p.offerTypeName()), cell(String.join(", ", p.targetGroups())),
					cell(String.join(" ", p.municipalityCodes())), cell(String.join(", ", p.municipalities())),
					String.valueOf(p.startDate()), p.endDate() == null ? "" : p.endDate().toString(), p.status(),
					p.grantDkk() == null ? "" : p.grantDkk().toPlainString()))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("projekter.csv").build().toString())
			.body(csv.toString());
	}

	private List<ProjectDto> dtos(String municipality, String offerType, Integer year) {
		Map<String, String> names = municipalities.all().stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name));
		Map<String, String> offerTypes = catalogue.offerTypes().stream()
			.collect(Collectors.toMap(c -> c.code(), c -> c.name().da()));
		Map<String, String> groups = catalogue.targetGroups().stream()
			.collect(Collectors.toMap(c -> c.code(), c -> c.name().da()));
		return projects.all(new ProjectCatalogue.Filter(null, municipality, offerType, null, null, year)).stream()
			.map(p -> new ProjectDto(p.id(), p.name(), p.summary(), p.leadOrganisation(), p.offerType(),
					offerTypes.getOrDefault(p.offerType(), p.offerType()),
					p.targetGroups().stream().map(g -> groups.getOrDefault(g, g)).toList(),
					List.copyOf(p.municipalities()),
					p.municipalities().stream().map(c -> names.getOrDefault(c, c)).toList(), p.startDate(),
					p.endDate(), p.status().name(),
					p.grantAmountOre() == null ? null : BigDecimal.valueOf(p.grantAmountOre(), 2)))
			.toList();
	}

	/** A CSV cell: quoted when it holds a separator, quote or line break; formulas neutralised for spreadsheets. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
