package dk.kulturpuls.roundtable.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dk.kulturpuls.platform.FileStorage;

class MissionFilesTests {

	@TempDir
	Path directory;

	MissionFiles files() {
		return new MissionFiles(FileStorage.inDirectory(directory), DataSize.ofKilobytes(1));
	}

	@Test
	void keepsAnImageOnDiskWithTheTypeDetectedFromItsContent() throws IOException {
		MissionFiles.Stored stored = files().store(MissionJourneyTests.PNG, "plakat.jpg");

		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.storageKey()).endsWith(".png");
		try (InputStream in = files().open(stored.storageKey())) {
			assertThat(in.readAllBytes()).isEqualTo(MissionJourneyTests.PNG);
		}
		assertThat(Files.walk(directory.resolve("roundtable-mission")).filter(Files::isRegularFile)).hasSize(1);
	}

	@Test
	void refusesTextCalledAnImageAnEmptyFileAndATooLargeOne() {
		assertThatThrownBy(() -> files().store("<script>".getBytes(StandardCharsets.UTF_8), "plakat.png"))
			.hasMessage("rt.mission.artefact.file.type");
		assertThatThrownBy(() -> files().store(new byte[0], "plakat.png")).hasMessage("rt.mission.artefact.file.empty");
		assertThatThrownBy(() -> files().store(new byte[2048], "plakat.png"))
			.hasMessage("rt.mission.artefact.file.tooLarge");
	}

	@Test
	void detectsAudioAndVideoFromTheirContent() {
		byte[] wav = new byte[64];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, wav, 0, 4);
		System.arraycopy("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 0, wav, 8, 8);
		assertThat(files().detect(wav, "fortælling")).isEqualTo("audio/vnd.wave");
		assertThat(ArtefactKind.of("audio/vnd.wave")).isEqualTo(ArtefactKind.AUDIO);
		assertThat(ArtefactKind.of("video/mp4")).isEqualTo(ArtefactKind.VIDEO);
	}

	@Test
	void refusesStorageKeysThatCouldLeaveTheDirectory() {
		assertThatThrownBy(() -> files().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aLinkMustBeAWebAddress() {
		assertThat(MissionController.isWebAddress("https://example.org/film")).isTrue();
		assertThat(MissionController.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(MissionController.isWebAddress("example.org")).isFalse();
	}
}
