package dk.kulturpuls.funding;

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

import dk.kulturpuls.platform.FileStorage;

/**
 * Attachment files, kept in the platform's {@link FileStorage} (a directory or object storage) under
 * {@code <first two characters>/<key>}. The type is detected from the content (Apache Tika), never from the name or
 * the browser's claim; only PDF, DOCX, XLSX, PNG and JPEG are kept.
 */
@Component
class FileStore {

	/** The accepted types and the file extension each is stored and offered with. */
	static final Map<String, String> ACCEPTED = Map.of(
			"application/pdf", "pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
			"image/png", "png",
			"image/jpeg", "jpg");

	record Stored(String storageKey, String contentType, long size, String sha256) {
	}

	private final FileStorage storage;
	private final long maxBytes;
	private final Tika tika = new Tika();

	FileStore(FileStorage storage, @Value("${kulturpuls.files.max-size:20MB}") DataSize maxSize) {
		this.storage = storage;
		this.maxBytes = maxSize.toBytes();
	}

	long maxBytes() {
		return maxBytes;
	}

	/** The type Tika detects from the bytes (and the name only as a tie-breaker between ZIP-based formats). */
	String detect(byte[] content, String filename) {
		return tika.detect(content, filename == null ? "" : filename.replaceAll(".*[/\\\\]", ""));
	}

	/** Checks and stores a file; refuses an empty, too large or unaccepted file with a message key. */
	Stored store(InputStream in, String filename) {
		try {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (content.length == 0) {
				throw new FundingException("attachment.error.empty");
			}
			if (content.length > maxBytes) {
				throw new FundingException("attachment.error.tooLarge", maxBytes / (1024 * 1024));
			}
			String type = detect(content, filename);
			if (!ACCEPTED.containsKey(type)) {
				throw new FundingException("attachment.error.type");
			}
			String key = UUID.randomUUID() + "." + ACCEPTED.get(type);
			storage.store(location(key), content, type);
			return new Stored(key, type, content.length, sha256(content));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	InputStream open(String storageKey) throws IOException {
		if (!storageKey.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			throw new IllegalArgumentException("invalid storage key");
		}
		return storage.open(location(storageKey));
	}

	/** Where the file is in the storage: as on disk before the storage was shared, {@code ab/ab12….pdf}. */
	private static String location(String storageKey) {
		return storageKey.substring(0, 2) + "/" + storageKey;
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
