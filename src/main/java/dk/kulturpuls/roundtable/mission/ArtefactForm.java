package dk.kulturpuls.roundtable.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

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
