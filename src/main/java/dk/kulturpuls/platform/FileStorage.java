package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where uploaded files are kept: a directory (the embedded default, or a volume every node mounts) or an
 * S3-compatible object store, chosen by {@code kulturpuls.files.storage} ({@code file-system} or {@code s3}; see
 * docs/operations.md). The modules that take uploads check the files and choose the keys; this only keeps bytes.
 * <p>
 * A key is a relative path of lower-case letters, digits, dots, dashes and underscores, such as
 * {@code funding/ab/ab12….pdf}; the same key names the file under the directory and the object in the bucket, so
 * files can be copied from one to the other as they are.
 */
public interface FileStorage {

	/** Keeps the bytes under the key; callers make keys unique (a random UUID), so nothing is overwritten. */
	void store(String key, byte[] content, String contentType);

	/**
	 * The stored bytes, to be closed by the caller.
	 *
	 * @throws NoSuchFileException when nothing is stored under the key
	 */
	InputStream open(String key) throws IOException;

	/** Removes the file; nothing happens when there is none. */
	void delete(String key);

	/** A storage in a directory: the file-system implementation, for tests and tools. */
	static FileStorage inDirectory(Path directory) {
		return new FileSystemStorage(directory);
	}

	/**
	 * The key when it is one; refuses anything that could name a file outside the storage.
	 *
	 * @throws IllegalArgumentException for an absolute path, {@code ..}, upper case or other characters
	 */
	static String checkedKey(String key) {
		if (key == null || !key.matches("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*") || key.contains("..")) {
			throw new IllegalArgumentException("invalid storage key");
		}
		return key;
	}
}
