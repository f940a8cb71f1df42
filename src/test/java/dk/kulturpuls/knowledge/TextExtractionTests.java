package dk.kulturpuls.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Text is read from real PDF and DOCX files; the type comes from the bytes, and other files are refused. */
class TextExtractionTests {

	TextExtraction extraction = new TextExtraction();

	@Test
	void readsTheTextOfAPdf() {
		TextExtraction.Extracted extracted = extraction
			.extract(TestDocuments.pdf("Slutrapport for projektet", "Samarbejdet med kommunerne var godt."));
		assertThat(extracted.type()).isEqualTo(TextExtraction.PDF);
		assertThat(extracted.text()).contains("Slutrapport for projektet").contains("kommunerne");
	}

	@Test
	void readsTheTextOfADocxWithDanishLetters() {
		TextExtraction.Extracted extracted = extraction
			.extract(TestDocuments.docx("Evaluering af forløbet", "Deltagerne oplevede større trivsel på plejehjem i Hjørring."));
		assertThat(extracted.type()).isEqualTo(TextExtraction.DOCX);
		assertThat(extracted.text()).contains("Evaluering af forløbet").contains("trivsel på plejehjem");
	}

	@Test
	void refusesATextFileWhateverItIsCalled() {
		byte[] text = "%PDX not really a pdf, just text".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> extraction.extract(text)).isInstanceOf(TextExtraction.UnreadableDocumentException.class)
			.extracting(e -> ((TextExtraction.UnreadableDocumentException) e).messageKey())
			.isEqualTo("publication.file.type");
	}

	@Test
	void refusesAnImage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> extraction.extract(png)).isInstanceOf(TextExtraction.UnreadableDocumentException.class);
	}

	@Test
	void refusesABrokenPdf() {
		byte[] pdf = TestDocuments.pdf("Hej");
		byte[] broken = java.util.Arrays.copyOf(pdf, 40);
		assertThatThrownBy(() -> extraction.extract(broken))
			.isInstanceOf(TextExtraction.UnreadableDocumentException.class);
	}
}
