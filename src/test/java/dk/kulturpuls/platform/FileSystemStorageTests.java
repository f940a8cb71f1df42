package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system storage: the embedded default, or a volume that every node mounts. */
class FileSystemStorageTests extends FileStorageContract {

	@TempDir
	Path directory;

	@Override
	FileStorage storage() {
		return FileStorage.inDirectory(directory);
	}

	@Test
	void aFileIsAtItsKeyUnderTheDirectorySoFilesStoredBeforeAreFound() throws IOException {
		Path earlier = directory.resolve("ab/ab0e6f1c-0000-4000-8000-000000000000.pdf");
		Files.createDirectories(earlier.getParent());
		Files.write(earlier, PDF);
		try (InputStream in = storage().open("ab/ab0e6f1c-0000-4000-8000-000000000000.pdf")) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		String key = newKey();
		storage().store(key, PDF, "application/pdf");
		assertThat(directory.resolve(key)).hasBinaryContent(PDF);
		try (var files = Files.walk(directory)) {
			assertThat(files.filter(f -> f.toString().endsWith(".part"))).as("no temporary file is left").isEmpty();
		}
	}
}
