package dk.kulturpuls.funding;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.kulturpuls.platform.Formats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: the published calls that can be applied for now. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Open calls for applications")
class CallsApi {

	@Schema(description = "A published call that accepts applications")
	record CallJson(UUID id, @Schema(description = "Danish title") String title,
			@Schema(description = "English title, if given") String titleEn,
			@Schema(description = "The pool applied to (Danish name)") String pool,
			@Schema(description = "Codes of the offer types the call seeks") List<String> offerTypes,
			@Schema(description = "Codes of the target groups") List<String> targetGroups,
			@Schema(description = "When the call opens, Europe/Copenhagen") OffsetDateTime opens,
			@Schema(description = "Deadline, Europe/Copenhagen") OffsetDateTime deadline,
			@Schema(description = "Smallest grant in whole DKK") long minimumGrantDkk,
			@Schema(description = "Largest grant in whole DKK") long maximumGrantDkk,
			@Schema(description = "Required co-funding share in per cent") int coFundingPercent) {
	}

	private final Calls calls;

	CallsApi(Calls calls) {
		this.calls = calls;
	}

	@GetMapping
	@Operation(summary = "Published calls that accept applications, nearest deadline first")
	List<CallJson> open() {
		return calls.open().stream()
			.map(c -> new CallJson(c.id().value(), c.title().da(), c.title().en(), c.poolName().da(),
					c.offerTypes().stream().map(ProgrammeCatalogue.CategoryView::code).toList(),
					c.targetGroups().stream().map(ProgrammeCatalogue.CategoryView::code).toList(),
					c.opensAt().atZone(Formats.ZONE).toOffsetDateTime(),
					c.deadline().atZone(Formats.ZONE).toOffsetDateTime(), c.minGrant().kroner().longValue(),
					c.maxGrant().kroner().longValue(), c.coFundingPercent()))
			.toList();
	}
}
