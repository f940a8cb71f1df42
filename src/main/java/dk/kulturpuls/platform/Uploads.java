package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one way uploaded documents come in: checked (not empty, at most {@code kulturpuls.files.max-size}, a type
 * detected from the content by Apache Tika — never from the name or the browser's claim — among PDF, DOCX, XLSX,
 * PNG and JPEG) and kept in the platform's {@link FileStorage} under a random key. Each module keeps its files in an
 * area of its own ({@code grants/…}); the funding module's attachments use the area-less keys they always had.
 */
@Component
public class Uploads {

	/** The accepted types and the file extension each is stored and offered with. */
	public static final Map<String, String> ACCEPTED = Map.of(
			"application/pdf", "pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
			"image/png", "png",
			"image/jpeg", "jpg");

	/** A kept file: its key (within its area), the detected type, the size and the SHA-256 of the content. */
	public record Stored(String key, String contentType, long size, String sha256) {
	}

	private final FileStorage storage;
	private final long maxBytes;
	private final Tika tika = new Tika();

	Uploads(FileStorage storage, @Value("${kulturpuls.files.max-size:20MB}") DataSize maxSize) {
		this.storage = storage;
		this.maxBytes = maxSize.toBytes();
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The limit in whole megabytes, as the forms' hints and the "file too large" page state it. */
	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

	/** The type Tika detects from the bytes (and the name only as a tie-breaker between ZIP-based formats). */
	public String detect(byte[] content, String filename) {
		return tika.detect(content, filename == null ? "" : filename.replaceAll(".*[/\\\\]", ""));
	}

	/**
	 * Checks and keeps a file in the area ("" for the funding module's attachments).
	 *
	 * @throws UploadException {@code upload.error.empty}, {@code upload.error.tooLarge} (with the limit in MB) or
	 *     {@code upload.error.type}
	 */
	public Stored store(String area, InputStream in, String filename) {
		try {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (content.length == 0) {
				throw new UploadException("upload.error.empty");
			}
			if (content.length > maxBytes) {
				throw new UploadException("upload.error.tooLarge", maxMegabytes());
			}
			String type = detect(content, filename);
			if (!ACCEPTED.containsKey(type)) {
				throw new UploadException("upload.error.type");
			}
			String key = UUID.randomUUID() + "." + ACCEPTED.get(type);
			storage.store(location(area, key), content, type);
			return new Stored(key, type, content.length, sha256(content));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The kept file, to be closed by the caller. */
	public InputStream open(String area, String key) throws IOException {
		if (key == null || !key.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			throw new IllegalArgumentException("invalid storage key");
		}
		return storage.open(location(area, key));
	}

	/** Deletes a kept file (retention); nothing happens when there is none. */
	public void delete(String area, String key) {
		if (key == null || !key.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			throw new IllegalArgumentException("invalid storage key");
		}
		storage.delete(location(area, key));
	}

	/** Where the file is in the storage: {@code <area>/ab/ab12….pdf}, or {@code ab/ab12….pdf} without an area. */
	private static String location(String area, String key) {
		return (area.isEmpty() ? "" : FileStorage.checkedKey(area) + "/") + key.substring(0, 2) + "/" + key;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
