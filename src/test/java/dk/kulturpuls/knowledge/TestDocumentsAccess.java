package dk.kulturpuls.knowledge;

/** Lets the tests of other modules make real PDF and DOCX files with {@link TestDocuments}. */
public final class TestDocumentsAccess {

	private TestDocumentsAccess() {
	}

	public static byte[] pdf(String... lines) {
		return TestDocuments.pdf(lines);
	}

	public static byte[] docx(String... paragraphs) {
		return TestDocuments.docx(paragraphs);
	}
}
