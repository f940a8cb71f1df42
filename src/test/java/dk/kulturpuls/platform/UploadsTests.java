package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;


/**
 * Uploaded documents are typed from their content, limited in size and kept under a random key in their module's
 * area (the funding module's attachments without one, where they always were).
 */
public class UploadsTests {

	@TempDir
	Path directory;

	public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	Uploads store(String maxSize) {
		return new Uploads(FileStorage.inDirectory(directory), DataSize.parse(maxSize));
	}

	@Test
	void aPdfNamedLikeAnImageIsStoredAsPdf() throws IOException {
		Uploads files = store("1MB");
		Uploads.Stored stored = files.store("", new ByteArrayInputStream(PDF), "billede.png");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.key()).endsWith(".pdf");
		assertThat(stored.size()).isEqualTo(PDF.length);
		try (InputStream in = files.open("", stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThat(directory.resolve(stored.key().substring(0, 2)).resolve(stored.key())).as("where attachments were")
			.exists();
	}

	@Test
	void aModuleKeepsItsFilesInItsOwnArea() throws IOException {
		Uploads files = store("1MB");
		Uploads.Stored stored = files.store("grants", new ByteArrayInputStream(PDF), "revisor.pdf");
		assertThat(directory.resolve("grants").resolve(stored.key().substring(0, 2)).resolve(stored.key())).exists();
		try (InputStream in = files.open("grants", stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThatThrownBy(() -> files.open("grants", "../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aPngIsAccepted() {
		assertThat(store("1MB").store("", new ByteArrayInputStream(PNG), "foto.png").contentType()).isEqualTo("image/png");
	}

	@Test
	void aDocxIsRecognisedFromItsZipContent() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(store("1MB").store("", new ByteArrayInputStream(bytes.toByteArray()), "hensigt.docx").contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void aProgramRenamedToPdfIsRefused() {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
		assertThatThrownBy(() -> store("1MB").store("", new ByteArrayInputStream(program), "budget.pdf"))
			.isInstanceOf(UploadException.class).hasMessage("upload.error.type");
		assertThatThrownBy(() -> store("1MB").store("", new ByteArrayInputStream("hej".getBytes()), "note.pdf"))
			.hasMessage("upload.error.type");
	}

	@Test
	void emptyAndTooLargeFilesAreRefused() {
		assertThatThrownBy(() -> store("1MB").store("", new ByteArrayInputStream(new byte[0]), "tom.pdf"))
			.hasMessage("upload.error.empty");
		byte[] large = new byte[2048];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> store("1KB").store("", new ByteArrayInputStream(large), "stor.pdf"))
			.hasMessage("upload.error.tooLarge");
	}
}
