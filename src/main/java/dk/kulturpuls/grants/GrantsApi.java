package dk.kulturpuls.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: the awarded grants, with their status, period and what has been paid. */
@RestController
@Tag(name = "Grants", description = "Awarded grants, as Danish grant-giving bodies publish theirs")
class GrantsApi {

	/** One awarded grant; amounts in Danish kroner. */
	@Schema(description = "An awarded grant; a grant the grantee declined is not listed")
	record GrantDto(@Schema(description = "The project's title") String title,
			@Schema(description = "The grantee organisation") String organisation,
			@Schema(description = "The amount granted in DKK") BigDecimal amountDkk,
			@Schema(description = "Names of the municipalities the project reaches") List<String> municipalities,
			@Schema(description = "Codes of those municipalities") List<String> municipalityCodes,
			@Schema(description = "The grant's year (its project's first year)") int year,
			@Schema(description = "First day of the project period") LocalDate startDate,
			@Schema(description = "Last day of the project period") LocalDate endDate,
			@Schema(description = "Where the grant is", allowableValues = { "offered", "accepted", "active", "returned",
					"closed" }) String status,
			@Schema(description = "Paid out to the grantee so far, in whole DKK") long paidToDateDkk) {
	}

	private final Grants grants;

	GrantsApi(Grants grants) {
		this.grants = grants;
	}

	@GetMapping("/api/v1/grants")
	@Operation(summary = "Awarded grants: title, organisation, amount, municipalities, year, status, period and paid "
			+ "to date, newest year first")
	List<GrantDto> grants() {
		return grants.all().stream().map(g -> new GrantDto(g.title(), g.organisation(),
				BigDecimal.valueOf(g.amount().ore(), 2), g.municipalityNames(), g.municipalityCodes(), g.year(),
				g.startDate(), g.endDate(), g.status().name().toLowerCase(Locale.ROOT), g.paidToDate().ore() / 100))
			.toList();
	}
}
