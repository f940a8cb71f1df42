package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files under a directory, {@code <directory>/<key>}: written to a temporary file first and moved into place, so a
 * reader never sees half a file. With several nodes the directory must be a volume that every node mounts.
 */
class FileSystemStorage implements FileStorage {

	private final Path directory;

	FileSystemStorage(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public void store(String key, byte[] content, String contentType) {
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
			try {
				Files.write(temp, content);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String key) {
		return directory.resolve(FileStorage.checkedKey(key));
	}

	@Override
	public String toString() {
		return "files in " + directory;
	}
}
