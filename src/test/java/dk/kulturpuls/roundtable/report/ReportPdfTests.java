package dk.kulturpuls.roundtable.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.mission.Missions;

/**
 * The final report and the mid-term evaluation as a reader of the PDF sees them: column headers that say what each
 * column counts, no table row split over two pages and a long table's header repeated, no heading left alone at the
 * foot of a page (read from the tagged PDF's structure tree), the mission's image in the document; and an issued
 * mid-term evaluation that stays as it was issued when the data change.
 */
@ApplicationTest
class ReportPdfTests {

	static final String DEMO = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Missions missions;

	@Autowired
	Budgets budgets;

	@Autowired
	AuditTrail audit;

	UUID demo() {
		return roundtables.findByName(DEMO).orElseThrow().id();
	}

	/** Downloads a PDF and keeps it under target/pdf/ to look at. */
	byte[] pdf(WebSession session, String path) throws IOException {
		HttpResponse<byte[]> response = session.bytes(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		java.nio.file.Path kept = java.nio.file.Path.of("target", "pdf",
				path.replaceAll("^/secretariat/roundtables/[0-9a-f-]{36}/?", "").replaceAll("[^a-z0-9.]+", "-"));
		java.nio.file.Files.createDirectories(kept.getParent());
		java.nio.file.Files.write(kept, response.body());
		return response.body();
	}

	static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
	}

	static String pageText(PDDocument document, int pageNumber) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(pageNumber);
		stripper.setEndPage(pageNumber);
		return stripper.getText(document).replaceAll("[\\s\u00a0]+", " ");
	}

	@Test
	void theWorkshopColumnsSayWhatTheyCountInBothPdfs() throws IOException {
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");
		for (String path : List.of("/report.pdf", "/evaluation.pdf")) {
			try (PDDocument document = Loader.loadPDF(pdf(session, "/secretariat/roundtables/" + demo() + path))) {
				assertThat(text(document)).as(path).contains("Inviterede Fremmødte Andel fremmødt")
					.doesNotContain("Fremmøde i procent");
			}
		}
	}

	@Test
	void noRowIsSplitNoHeadingIsLeftAloneAndLongTablesRepeatTheirHeader() throws IOException {
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");
		for (String path : List.of("/report.pdf", "/evaluation.pdf")) {
			try (PDDocument document = Loader.loadPDF(pdf(session, "/secretariat/roundtables/" + demo() + path))) {
				assertThat(document.getNumberOfPages()).as(path).isGreaterThan(1);
				List<Block> blocks = blocks(document);

				// every body row on one page
				List<Block> rows = blocks.stream().filter(b -> b.type().equals("TR") && !b.inHeader()).toList();
				assertThat(rows).as(path).isNotEmpty();
				assertThat(rows).as(path + ": rows split over two pages")
					.allSatisfy(row -> assertThat(row.pages()).as(row.text()).hasSize(1));

				// every table's caption on the page where the table starts (the tree lists it after the table)
				Block lastTable = null;
				for (Block block : blocks) {
					if (block.type().equals("Table")) {
						lastTable = block;
					}
					else if (block.type().equals("Caption") && lastTable != null) {
						assertThat(block.firstPage()).as(path + ": caption '" + block.text() + "' away from its table")
							.isEqualTo(lastTable.firstPage());
					}
				}

				// every heading on the page of what follows it
				List<Block> flow = blocks.stream().filter(Block::isFlow).toList();
				for (int i = 0; i + 1 < flow.size(); i++) {
					Block block = flow.get(i);
					if (block.keepsWithNext()) {
						assertThat(flow.get(i + 1).firstPage()).as(path + ": " + block.type() + " '" + block.text()
								+ "' alone at the foot of page " + block.firstPage()).isEqualTo(block.firstPage());
					}
				}

				// a table over two pages has its header on each (tagged once per page under the same header cell)
				boolean spans = false;
				for (Block table : blocks.stream().filter(b -> b.type().equals("Table")).toList()) {
					Set<Integer> bodyPages = new HashSet<>();
					rows.stream().filter(r -> r.table() == table).forEach(r -> bodyPages.addAll(r.pages()));
					Set<Integer> headerPages = new HashSet<>();
					blocks.stream().filter(b -> b.table() == table && b.inHeader() && b.type().equals("TR"))
						.forEach(b -> headerPages.addAll(b.pages()));
					String header = headerText(table, blocks);
					if (bodyPages.size() > 1 && header != null) {
						spans = true;
						assertThat(headerPages).as(path + ": header of the table headed '" + header + "'")
							.containsAll(bodyPages);
						for (int page : bodyPages) {
							assertThat(pageText(document, page)).as(path + " page " + page).contains(header);
						}
					}
				}
				if (path.equals("/report.pdf")) {
					assertThat(spans).as("the demo report has a table over two pages").isTrue();
				}
			}
		}
	}

	@Test
	void theMissionImageIsInTheReportPdf() throws IOException {
		UUID process = roundtables.create("Billedrapport " + UUID.randomUUID().toString().substring(0, 8),
				"Missionen med billede", 2025, 2026);
		missions.write(process, "Kunst for alle", "<p>Kunst og kultur for mental sundhed.</p>", null, "secretariat");
		missions.addFile(process, "Plakat", "En tegning af mennesker omkring et rundt bord.", "plakat.png",
				png(240, 120), "secretariat");
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");

		// the web page shows it from its address, with the text alternative as alt
		Document page = session.page("/secretariat/roundtables/" + process + "/report");
		assertThat(page.select("#report-artefacts img").attr("alt")).isEqualTo("En tegning af mennesker omkring et rundt bord.");

		try (PDDocument document = Loader.loadPDF(pdf(session, "/secretariat/roundtables/" + process + "/report.pdf"))) {
			List<PDImageXObject> images = new ArrayList<>();
			for (PDPage p : document.getPages()) {
				for (COSName name : p.getResources().getXObjectNames()) {
					if (p.getResources().getXObject(name) instanceof PDImageXObject image) {
						images.add(image);
					}
				}
			}
			assertThat(images).hasSize(1);
			assertThat(images.get(0).getWidth()).isEqualTo(240);
			assertThat(images.get(0).getHeight()).isEqualTo(120);
			assertThat(text(document)).contains("Plakat");
			// the image is tagged as a figure with its text alternative
			assertThat(blocks(document).stream().filter(b -> b.type().equals("Figure")).map(Block::alt))
				.containsExactly("En tegning af mennesker omkring et rundt bord.");
		}
	}

	@Test
	void anIssuedEvaluationStaysAsItWasWhenTheDataChange() throws IOException {
		UUID process = roundtables.create("Udstedt evaluering " + UUID.randomUUID().toString().substring(0, 8),
				"Midtvejsevaluering som øjebliksbillede", 2025, 2026);
		var budget = roundtables.budget(process).orElseThrow();
		UUID line = budgets.addLine(budget.id(), "cost", "Workshops");
		budgets.plan(budget.id(), line, 2025, Money.ofKroner(100_000));
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");
		String evaluation = "/secretariat/roundtables/" + process + "/evaluation";

		Document before = session.page(evaluation);
		assertThat(before.select("#evaluation-issued").text()).contains("Midtvejsevalueringen er endnu ikke udstedt.");
		HttpResponse<String> issue = session.post(evaluation + "/snapshots", before, Map.of());
		assertThat(issue.statusCode()).isEqualTo(302);

		Document listed = session.page(evaluation);
		assertThat(listed.select(".alert-success").text()).contains("Midtvejsevalueringen er udstedt og gemt.");
		assertThat(listed.select("#evaluation-snapshots tbody tr")).hasSize(1);
		assertThat(listed.select("#evaluation-snapshots tbody tr td").get(1).text()).isEqualTo("secretariat");
		String download = listed.select("#evaluation-snapshots a").attr("href");
		assertThat(listed.select("#evaluation-snapshots a").text()).startsWith("Hent midtvejsevaluering pr. ");
		byte[] issued = pdf(session, download);
		try (PDDocument document = Loader.loadPDF(issued)) {
			assertThat(text(document)).contains("af secretariat. Denne udgave ændres ikke", "100.000 kr.")
				.doesNotContain("Udkast pr.");
		}

		// the data change: the draft follows them, the issued one does not
		budgets.plan(budget.id(), line, 2025, Money.ofKroner(250_000));
		try (PDDocument draft = Loader.loadPDF(pdf(session, evaluation + ".pdf"))) {
			assertThat(text(draft)).contains("Udkast pr.", "250.000 kr.").doesNotContain("100.000 kr.");
		}
		byte[] again = pdf(session, download);
		assertThat(again).isEqualTo(issued);
		try (PDDocument document = Loader.loadPDF(again)) {
			assertThat(text(document)).contains("100.000 kr.").doesNotContain("250.000 kr.");
		}

		assertThat(audit.eventsFor("roundtable", process.toString())).extracting(AuditTrail.AuditEvent::action)
			.contains("evaluation issued", "report downloaded");
		// another process's page does not hand out this snapshot
		UUID other = roundtables.create("Andet forløb " + UUID.randomUUID().toString().substring(0, 8), "x", 2025, 2026);
		assertThat(session.bytes(download.replace(process.toString(), other.toString())).statusCode()).isEqualTo(404);
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x00, 0x4b, 0x87));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	// the tagged PDF's structure tree, read as blocks in reading order with the pages (and text) of their content

	record Block(String type, PDStructureElement element, Set<Integer> pages, boolean inHeader, Block table,
			StringBuilder content) {

		int firstPage() {
			return pages.stream().min(Integer::compare).orElse(-1);
		}

		String text() {
			return content.toString().replaceAll("\\s+", " ").strip();
		}

		String alt() {
			return element.getAlternateDescription();
		}

		/** The blocks read one after the other down the page. */
		boolean isFlow() {
			return !pages.isEmpty() && !inHeader && Set.of("H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "TR",
					"Figure", "DT", "DD").contains(type);
		}

		boolean keepsWithNext() {
			return Set.of("H1", "H2", "H3", "H4", "H5", "H6").contains(type);
		}
	}

	/** The first header cell's text of a table (once, though a repeated header tags it once per page). */
	static String headerText(Block table, List<Block> blocks) {
		return blocks.stream().filter(b -> b.table() == table && b.inHeader() && b.type().equals("TH"))
			.map(Block::text).filter(t -> !t.isEmpty()).map(ReportPdfTests::once).findFirst().orElse(null);
	}

	/** "AktørAktør" → "Aktør": the shortest text the given one repeats. */
	static String once(String text) {
		for (int length = 1; length < text.length(); length++) {
			if (text.length() % length == 0 && text.substring(0, length).repeat(text.length() / length).equals(text)) {
				return text.substring(0, length);
			}
		}
		return text;
	}

	static List<Block> blocks(PDDocument document) throws IOException {
		Map<String, String> texts = new java.util.HashMap<>();
		int number = 0;
		for (PDPage page : document.getPages()) {
			number++;
			PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
			extractor.processPage(page);
			for (PDMarkedContent content : extractor.getMarkedContents()) {
				texts.put(number + ":" + content.getMCID(), text(content));
			}
		}
		List<Block> blocks = new ArrayList<>();
		collect(document, document.getDocumentCatalog().getStructureTreeRoot(), null, null, blocks, texts);
		return blocks;
	}

	private static String text(PDMarkedContent content) {
		StringBuilder text = new StringBuilder();
		for (Object part : content.getContents()) {
			if (part instanceof TextPosition position) {
				text.append(position.getUnicode());
			}
			else if (part instanceof PDMarkedContent nested) {
				text.append(text(nested));
			}
		}
		return text.toString();
	}

	private static void collect(PDDocument document, PDStructureNode node, Block parent, PDPage inherited,
			List<Block> blocks, Map<String, String> texts) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				String type = element.getStructureType();
				boolean inHeader = parent != null && (parent.inHeader() || parent.type().equals("THead"));
				Block table = type.equals("Table") || parent == null ? null
						: parent.type().equals("Table") ? parent : parent.table();
				Block block = new Block(type, element, new HashSet<>(), inHeader, table, new StringBuilder());
				blocks.add(block);
				collect(document, element, block, element.getPage() != null ? element.getPage() : inherited, blocks,
						texts);
				if (parent != null) {
					parent.pages().addAll(block.pages());
					parent.content().append(' ').append(block.content());
				}
			}
			else if (parent != null) {
				PDPage page = inherited;
				Integer mcid = null;
				if (kid instanceof Integer id) {
					mcid = id;
				}
				else if (kid instanceof PDMarkedContentReference reference) {
					mcid = reference.getMCID();
					page = reference.getPage() != null ? reference.getPage() : inherited;
				}
				if (page != null && mcid != null) {
					int number = document.getPages().indexOf(page) + 1;
					parent.pages().add(number);
					parent.content().append(texts.getOrDefault(number + ":" + mcid, ""));
				}
			}
		}
	}
}
