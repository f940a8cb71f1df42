package dk.kulturpuls.roundtable.mission;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import dk.kulturpuls.platform.FileStorage;

/**
 * The mission's uploaded images, videos and audio narratives, in the platform's {@link FileStorage} under
 * {@code roundtable-mission/} (not in the database row). As in the funding module's file store, the type is detected from the content with Apache Tika, never from the name or the browser's claim.
 */
@Component
class MissionFiles {

	/** The accepted media types and the extension each is stored with. */
	static final Map<String, String> ACCEPTED = Map.of(
			"image/png", "png",
			"image/jpeg", "jpg",
			"image/webp", "webp",
			"video/mp4", "mp4",
			"video/webm", "webm",
			"audio/mpeg", "mp3",
			"audio/mp4", "m4a",
			"audio/vnd.wave", "wav");

	record Stored(String storageKey, String contentType, long size) {
	}

	private final FileStorage storage;
	private final long maxBytes;
	private final Tika tika = new Tika();

	MissionFiles(FileStorage storage, @Value("${kulturpuls.roundtable.mission.max-size:20MB}") DataSize maxSize) {
		this.storage = storage;
		this.maxBytes = maxSize.toBytes();
	}

	long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

	/** The media type detected from the bytes (the name only breaks ties between container formats). */
	String detect(byte[] content, String filename) {
		String type = tika.detect(content, filename == null ? "" : filename.replaceAll(".*[/\\\\]", ""));
		return "audio/x-wav".equals(type) || "audio/wav".equals(type) ? "audio/vnd.wave" : type;
	}

	/** Checks and stores a file; refuses an empty, too large or unaccepted file with a message key. */
	Stored store(byte[] content, String filename) {
		if (content.length == 0) {
			throw new ArtefactRejected("rt.mission.artefact.file.empty");
		}
		if (content.length > maxBytes) {
			throw new ArtefactRejected("rt.mission.artefact.file.tooLarge", maxMegabytes());
		}
		String type = detect(content, filename);
		if (!ACCEPTED.containsKey(type)) {
			throw new ArtefactRejected("rt.mission.artefact.file.type");
		}
		String key = UUID.randomUUID() + "." + ACCEPTED.get(type);
		storage.store(location(key), content, type);
		return new Stored(key, type, content.length);
	}

	InputStream open(String storageKey) throws IOException {
		if (!storageKey.matches("[0-9a-f-]{36}\\.[a-z0-9]{3,4}")) {
			throw new IllegalArgumentException("invalid storage key");
		}
		return storage.open(location(storageKey));
	}

	/** Where the file is in the storage: {@code roundtable-mission/ab/ab12….png}, as on disk before. */
	private static String location(String storageKey) {
		return "roundtable-mission/" + storageKey.substring(0, 2) + "/" + storageKey;
	}

	/** A file refused with a message key (and its arguments) that says what to fix. */
	static class ArtefactRejected extends RuntimeException {

		private final transient Object[] arguments;

		ArtefactRejected(String messageKey, Object... arguments) {
			super(messageKey);
			this.arguments = arguments;
		}

		Object[] arguments() {
			return arguments;
		}
	}
}
