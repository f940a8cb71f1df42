package dk.kulturpuls.roundtable.mission;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A new version of the mission: its title, the formatted text (sanitised on save) and what changed. */
record VersionForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 50000) String text,
		@Size(max = 2000) String changeNote) {
}

/**
 * A visual artefact: an uploaded file or a link (exactly one), always with a text alternative. Its title is named
 * apart from the version form's so that the page's field ids stay unique.
 */
record ArtefactForm(@NotBlank @Size(max = 200) String artefactTitle, @NotBlank @Size(max = 10000) String textAlternative,
		@Size(max = 2000) String url, MultipartFile file) {

	static ArtefactForm empty() {
		return new ArtefactForm(null, null, null, null);
	}

	boolean hasFile() {
		return file != null && !file.isEmpty();
	}

	boolean hasUrl() {
		return url != null && !url.isBlank();
	}
}

/** An organisation's endorsement of a version, recorded by the secretariat. */
record EndorsementForm(@NotNull UUID version, @NotNull UUID organisation, @NotNull LocalDate endorsedOn,
		@NotBlank @Size(max = 200) String endorsedBy) {
}
