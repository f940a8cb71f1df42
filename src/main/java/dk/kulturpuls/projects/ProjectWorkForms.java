package dk.kulturpuls.projects;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** The forms of a project's page. */
final class ProjectWorkForms {

	private ProjectWorkForms() {
	}

	record OutcomeForm(@Size(max = 10000) String results, @Size(max = 10000) String lessons,
			@NotNull ProjectStatus status, boolean publiclyVisible) {

		static OutcomeForm of(ProjectDetails details) {
			return new OutcomeForm(details.results(), details.lessons(), details.project().status(),
					details.project().publiclyVisible());
		}
	}

	record PartnerForm(@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 200) String role,
			@NotNull Sector sector) {

		static PartnerForm empty() {
			return new PartnerForm(null, null, null);
		}
	}

	record ActivityForm(@NotBlank @Size(max = 200) String activityTitle, @NotNull LocalDate heldOn,
			@Size(max = 200) String place, boolean digital, @NotNull @Min(0) @Max(100000) Integer participants) {

		static ActivityForm empty() {
			return new ActivityForm(null, null, null, false, null);
		}
	}

	record DocumentForm(@NotNull DocumentKind kind, @NotBlank @Size(max = 300) String documentTitle,
			@Size(max = 4000) String description, boolean publicItem, @Size(max = 1000) String link,
			MultipartFile file) {

		static DocumentForm empty() {
			return new DocumentForm(null, null, null, false, null, null);
		}
	}
}
