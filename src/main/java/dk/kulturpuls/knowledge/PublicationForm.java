package dk.kulturpuls.knowledge;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The officer's form for publishing a publication with its file. */
record PublicationForm(
		@NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 4000) String summary,
		@NotNull PublicationKind kind,
		String offerType,
		Set<String> targetGroups,
		Set<String> municipalities,
		String artForm,
		@Size(max = 100) String instrument,
		@NotNull @Min(1990) @Max(2100) Integer year,
		boolean publiclyVisible,
		MultipartFile file) {

	static PublicationForm empty(int year) {
		return new PublicationForm(null, null, null, null, Set.of(), Set.of(), null, null, year, false, null);
	}

	Set<String> targetGroupsOrEmpty() {
		return targetGroups == null ? Set.of() : targetGroups;
	}

	Set<String> municipalitiesOrEmpty() {
		return municipalities == null ? Set.of() : municipalities;
	}
}
