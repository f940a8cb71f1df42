package dk.kulturpuls.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads the text of an uploaded PDF or DOCX file with Apache Tika. The type is decided from the bytes, never from
 * the file name or the browser's content type, and anything else is refused.
 */
@Component
class TextExtraction {

	static final MediaType PDF = MediaType.application("pdf");

	static final MediaType DOCX = MediaType
		.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** The types accepted, with the file name extension used when the file is downloaded again. */
	static final Map<MediaType, String> ACCEPTED = Map.of(PDF, "pdf", DOCX, "docx");

	/** At most this many characters of text are kept from one file. */
	static final int MAX_CHARACTERS = 2_000_000;

	private final Detector detector;

	private final AutoDetectParser parser;

	TextExtraction() {
		TikaConfig config = TikaConfig.getDefaultConfig();
		this.detector = config.getDetector();
		this.parser = new AutoDetectParser(config);
	}

	/** The file's type and text. */
	record Extracted(MediaType type, String text) {
	}

	/** Thrown when the file is not a PDF or DOCX file, or cannot be read as one. */
	static class UnreadableDocumentException extends RuntimeException {

		private final String messageKey;

		UnreadableDocumentException(String messageKey, Throwable cause) {
			super(messageKey, cause);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}

	MediaType detect(byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content)) {
			return detector.detect(in, new Metadata()).getBaseType();
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("publication.file.unreadable", e);
		}
	}

	Extracted extract(byte[] content) {
		MediaType type = detect(content);
		if (!ACCEPTED.containsKey(type)) {
			throw new UnreadableDocumentException("publication.file.type", null);
		}
		BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
		Metadata metadata = new Metadata();
		metadata.set(Metadata.CONTENT_TYPE, type.toString());
		try (InputStream in = new ByteArrayInputStream(content)) {
			parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (SAXException e) {
			// the limit of characters was reached: keep what was read
			if (!handler.toString().isEmpty()) {
				return new Extracted(type, normalise(handler.toString()));
			}
			throw new UnreadableDocumentException("publication.file.unreadable", e);
		}
		catch (IOException | TikaException e) {
			throw new UnreadableDocumentException("publication.file.unreadable", e);
		}
		return new Extracted(type, normalise(handler.toString()));
	}

	private static String normalise(String text) {
		return text.replace('\u0000', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n")
			.strip();
	}
}
