package dk.kulturpuls.projects;

import java.time.Instant;
import java.util.UUID;

/** A documentation item as shown. */
public record DocumentView(UUID id, DocumentKind kind, String title, String description, boolean publicItem,
		String link, String fileName, String contentType, Long fileSize, UUID publicationId, Instant addedAt) {

	public boolean hasFile() {
		return fileName != null;
	}

	public boolean publishable() {
		return publicItem && kind.publishable() && publicationId == null;
	}
}
