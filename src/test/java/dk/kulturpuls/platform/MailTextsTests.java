package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.MailLinks;

/**
 * Issue 18.19: a mail never tells its reader a bare path ("se dem under /committee"). Every link comes from the
 * platform's public address as an argument ({@code PublicUrl}); no mail text in the message files holds a path.
 */
class MailTextsTests {

	@Test
	void noMailTextHoldsABarePath() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of("src/main/resources"), 2)) {
			files = walk.filter(p -> p.getFileName().toString().matches(".*_(da|en)\\.properties")).toList();
		}
		assertThat(files).as("the message files").hasSizeGreaterThan(4);
		for (Path file : files) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			messages.forEach((key, value) -> {
				if (key.toString().matches(".*\\.(mail|reminder)\\..*")) {
					MailLinks.relativePaths(value.toString())
						.forEach(path -> found.add(file.getFileName() + " " + key + ": " + path));
				}
			});
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsABarePath() {
		assertThat(MailLinks.relativePaths("Log ind og se dem under /committee.\nEller (/reviewer)"))
			.containsExactly("/committee.", "/reviewer");
		assertThat(MailLinks.relativePaths("Se http://127.0.0.1:8080/committee og/eller kr. 1/2")).isEmpty();
	}
}
