package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link FileStorage} does, run against each implementation: the file-system one and the S3 one (on an
 * S3-compatible server). "Another node" is a second storage over the same directory or bucket.
 */
abstract class FileStorageContract {

	/** A storage over the store under test; each call is a new one, as on another node. */
	abstract FileStorage storage();

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static String newKey() {
		String id = UUID.randomUUID().toString();
		return "funding/" + id.substring(0, 2) + "/" + id + ".pdf";
	}

	@Test
	void aStoredFileIsReadBackByteForByteAlsoOnAnotherNode() throws IOException {
		String key = newKey();
		storage().store(key, PDF, "application/pdf");
		try (InputStream in = storage().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
	}

	@Test
	void aLargerBinaryFileKeepsEveryByte() throws IOException {
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new java.util.Random(16).nextBytes(content);
		String key = newKey();
		storage().store(key, content, "application/octet-stream");
		try (InputStream in = storage().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void aKeyWithNothingStoredIsNotFound() {
		assertThatThrownBy(() -> storage().open(newKey())).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void aDeletedFileIsGoneAndDeletingItAgainIsHarmless() {
		String key = newKey();
		FileStorage storage = storage();
		storage.store(key, PDF, "application/pdf");
		storage.delete(key);
		assertThatThrownBy(() -> storage().open(key)).isInstanceOf(NoSuchFileException.class);
		storage.delete(key);
	}

	@Test
	void keysThatCouldLeaveTheStorageAreRefused() {
		for (String key : new String[] { "../etc/passwd", "/etc/passwd", "funding/../../x.pdf", "funding//x.pdf",
				"Funding/X.pdf", "funding/x.pdf/", "" }) {
			assertThatThrownBy(() -> storage().open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> storage().store(key, PDF, "application/pdf")).as(key)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}
}
