package dk.kulturpuls.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: the awarded grants. */
@RestController
@Tag(name = "Grants", description = "Awarded grants, as Danish grant-giving bodies publish theirs")
class GrantsApi {

	/** One awarded grant; the amount in Danish kroner. */
	record GrantDto(String title, String organisation, BigDecimal amountDkk, List<String> municipalities,
			List<String> municipalityCodes, int year, LocalDate startDate, LocalDate endDate) {
	}

	private final Grants grants;

	GrantsApi(Grants grants) {
		this.grants = grants;
	}

	@GetMapping("/api/v1/grants")
	@Operation(summary = "Awarded grants: title, organisation, amount, municipalities and year, newest year first")
	List<GrantDto> grants() {
		return grants.all().stream().map(g -> new GrantDto(g.title(), g.organisation(),
				BigDecimal.valueOf(g.amount().ore(), 2), g.municipalityNames(), g.municipalityCodes(), g.year(),
				g.startDate(), g.endDate())).toList();
	}
}
