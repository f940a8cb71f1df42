package dk.kulturpuls.projects;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an uploaded documentation file: its type is decided by Apache Tika from the bytes (never from the name or
 * the browser's claim) and must fit the kind of item, and its size is limited.
 */
@Component
class DocumentFiles {

	static final MediaType PDF = MediaType.application("pdf");
	static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
	static final MediaType JPEG = MediaType.image("jpeg");
	static final MediaType PNG = MediaType.image("png");

	/** The types accepted with the extension given to the stored file. */
	static final Map<MediaType, String> EXTENSIONS = Map.of(PDF, "pdf", DOCX, "docx", JPEG, "jpg", PNG, "png");

	private static final Set<MediaType> TEXTS = Set.of(PDF, DOCX);
	private static final Set<MediaType> IMAGES = Set.of(JPEG, PNG);

	/** Thrown when a file is refused; the message key says what to do. */
	static class RejectedFileException extends RuntimeException {

		private final String messageKey;

		RejectedFileException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}

	/** A checked file: its safe name, type and bytes. */
	record CheckedFile(String fileName, String contentType, byte[] content) {
	}

	private final Tika tika = new Tika();
	private final DataSize maxSize;

	DocumentFiles(@Value("${kulturpuls.projects.max-document-size:20MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return maxSize;
	}

	CheckedFile check(DocumentKind kind, String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new RejectedFileException("project.document.file.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw new RejectedFileException("project.document.file.tooLarge");
		}
		MediaType type;
		try (InputStream in = new ByteArrayInputStream(content)) {
			type = MediaType.parse(tika.detect(in)).getBaseType();
		}
		catch (IOException e) {
			throw new RejectedFileException("project.document.file.type");
		}
		Set<MediaType> accepted = switch (kind) {
			case IMAGE -> IMAGES;
			case REPORT, EVALUATION, ARTICLE -> TEXTS;
			case VIDEO -> Set.of();
		};
		if (!accepted.contains(type)) {
			throw new RejectedFileException(kind == DocumentKind.IMAGE ? "project.document.file.image"
					: kind == DocumentKind.VIDEO ? "project.document.file.video" : "project.document.file.type");
		}
		return new CheckedFile(safeName(originalName, EXTENSIONS.get(type)), type.toString(), content);
	}

	static String safeName(String name, String extension) {
		String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		base = base.replaceAll("\\.[^.]*$", "").strip();
		if (base.isEmpty()) {
			base = "dokument";
		}
		return base + "." + extension;
	}
}
