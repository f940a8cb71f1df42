package dk.kulturpuls.outcomes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectId;

/**
 * Import of answers from a CSV file (format in docs/outcomes.md): every row is checked first, and only a file
 * without a single problem is stored, all rows in one transaction. A problem names the row (the header is row 1),
 * the column and what to fix, leading with the real error: a row whose code, instrument or time point is wrong
 * is not checked further, a file that is no CSV text (a spreadsheet, a PDF, another encoding) says so, and a header
 * without the columns says that once.
 */
@Service
class AnswerImport {

	static final int MAX_ITEMS = 14;
	static final int MAX_ROWS = 100_000;
	static final List<String> COLUMNS;

	static {
		List<String> columns = new ArrayList<>(List.of("code", "instrument", "time_point"));
		for (int i = 1; i <= MAX_ITEMS; i++) {
			columns.add("item" + i);
		}
		COLUMNS = List.copyOf(columns);
	}

	private final Participants participants;
	private final InstrumentCatalogue instruments;
	private final MeasurementPlans plans;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;

	AnswerImport(Participants participants, InstrumentCatalogue instruments, MeasurementPlans plans, AuditTrail audit,
			TransactionTemplate transaction) {
		this.participants = participants;
		this.instruments = instruments;
		this.plans = plans;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** A problem in one row and column; the message key's arguments may themselves be message keys. */
	public record Problem(long row, String column, String messageKey, Object... arguments) {
	}

	/** A row that passed every check. */
	record Checked(long row, UUID participantId, Instrument instrument, TimePoint timePoint, List<Integer> answers) {
	}

	/** The outcome of checking a file: its rows when it has no problem. */
	record Result(List<Checked> rows, List<Problem> problems) {
	}

	/** The code of the template's example rows: a row with it is never imported, the check asks to delete it. */
	static final String EXAMPLE_CODE = "EKSEMPEL-";

	/**
	 * The template: the header row, then one example row for each measurement the project's plan holds (a WHO-5
	 * baseline row if it holds none), coded EKSEMPEL-1, EKSEMPEL-2 …, with answers in the instrument's range. The
	 * page says to delete them; an example row left in the file is reported, never imported.
	 */
	String template(ProjectId project) {
		StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		List<MeasurementPlans.Entry> planned = plans.collectable(project);
		if (planned.isEmpty()) {
			planned = List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null));
		}
		int example = 0;
		for (MeasurementPlans.Entry entry : planned) {
			Instrument instrument = instruments.current(entry.instrument()).orElse(null);
			if (instrument == null) {
				continue;
			}
			List<String> row = new ArrayList<>(List.of(EXAMPLE_CODE + (++example), instrument.code(),
					entry.timePoint().name()));
			for (int i = 1; i <= MAX_ITEMS; i++) {
				int span = instrument.maxAnswer() - instrument.minAnswer() + 1;
				row.add(i <= instrument.items().size() ? String.valueOf(instrument.minAnswer() + (i % span)) : "");
			}
			csv.append(String.join(",", row)).append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * Checks every row of a file against the project's participants and measurement plan.
	 *
	 * @param progress told the number of rows checked so far
	 */
	Result check(ProjectId project, byte[] file, IntConsumer progress) {
		List<Problem> problems = new ArrayList<>();
		List<Checked> rows = new ArrayList<>();
		String notCsv = notCsv(file);
		if (notCsv != null) {
			problems.add(new Problem(0, "", notCsv));
			return new Result(List.of(), problems);
		}
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1); // Excel's byte order mark
		}
		if (text.isBlank()) {
			problems.add(new Problem(1, "", "outcomes.import.error.empty"));
			return new Result(List.of(), problems);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
			.setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
		Map<String, Participants.Participant> byCode = participants.ofProject(project).stream()
			.collect(Collectors.toMap(Participants.Participant::code, p -> p));
		Set<String> planned = plans.collectable(project).stream().map(MeasurementPlans.Entry::key)
			.collect(Collectors.toSet());
		Map<String, Long> seen = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			List<String> missing = java.util.stream.Stream.of("code", "instrument", "time_point", "item1")
				.filter(column -> !header.containsKey(column)).toList();
			if (missing.size() == 4) {
				// not one of the columns: the first row is not the template's header (or not a table at all)
				problems.add(new Problem(1, "", "outcomes.import.error.noHeader", String.join(",", COLUMNS)));
				return new Result(List.of(), problems);
			}
			if (!missing.isEmpty()) {
				problems.add(new Problem(1, String.join(", ", missing), "outcomes.import.error.missingColumn",
						String.join(", ", missing)));
				return new Result(List.of(), problems);
			}
			int count = 0;
			for (CSVRecord record : parser) {
				long row = record.getRecordNumber() + 1;
				if (++count > MAX_ROWS) {
					problems.add(new Problem(row, "", "outcomes.import.error.tooMany", MAX_ROWS));
					break;
				}
				checkRow(record, row, header, byCode, planned, seen, problems, rows);
				progress.accept(count);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			problems.add(new Problem(0, "", "outcomes.import.error.unreadable", String.valueOf(e.getMessage())));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(2, "", "outcomes.import.error.noRows"));
		}
		return new Result(problems.isEmpty() ? rows : List.of(), problems);
	}

	private void checkRow(CSVRecord record, long row, Map<String, Integer> header,
			Map<String, Participants.Participant> byCode, Set<String> planned, Map<String, Long> seen,
			List<Problem> problems, List<Checked> rows) {
		int before = problems.size();
		String code = value(record, header, "code").toUpperCase(java.util.Locale.ROOT);
		if (code.startsWith(EXAMPLE_CODE)) {
			problems.add(new Problem(row, "code", "outcomes.import.error.example", code));
			return;
		}
		Participants.Participant participant = byCode.get(code);
		if (code.isEmpty()) {
			problems.add(new Problem(row, "code", "outcomes.import.error.codeMissing"));
		}
		else if (participant == null) {
			problems.add(new Problem(row, "code", "outcomes.import.error.codeUnknown", code));
		}
		else if (participant.withdrawn()) {
			problems.add(new Problem(row, "code", "outcomes.import.error.withdrawn", code));
		}
		String instrumentCode = value(record, header, "instrument");
		Instrument instrument = instruments.all().stream()
			.filter(i -> i.code().equalsIgnoreCase(instrumentCode)).map(i -> instruments.current(i.code()).orElseThrow())
			.findFirst().orElse(null);
		if (instrument == null) {
			problems.add(new Problem(row, "instrument", "outcomes.import.error.instrument", instrumentCode,
					instruments.all().stream().map(Instrument::code).distinct().collect(Collectors.joining(", "))));
		}
		String tpText = value(record, header, "time_point").toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		TimePoint timePoint = java.util.Arrays.stream(TimePoint.values()).filter(t -> t.name().equals(tpText))
			.findFirst().orElse(null);
		if (timePoint == null) {
			problems.add(new Problem(row, "time_point", "outcomes.import.error.timePoint", tpText));
		}
		if (instrument != null && timePoint != null && !planned.contains(instrument.code() + "/" + timePoint)) {
			// the real error: the answers cannot be checked against a measurement the project does not take
			problems.add(new Problem(row, "instrument", "outcomes.error.notPlanned", instrument.code(),
					new DefaultMessageSourceResolvable(timePoint.messageKey())));
			return;
		}
		List<Integer> answers = new ArrayList<>();
		List<String> missingColumns = instrument == null ? List.of()
				: java.util.stream.IntStream.rangeClosed(1, instrument.items().size()).mapToObj(i -> "item" + i)
					.filter(column -> !header.containsKey(column)).toList();
		if (!missingColumns.isEmpty()) {
			// one problem for the row, not one per column
			problems.add(new Problem(row, String.join(", ", missingColumns), "outcomes.import.error.missingItemColumns",
					instrument.code(), instrument.items().size(), String.join(", ", missingColumns)));
		}
		else if (instrument != null) {
			int items = instrument.items().size();
			for (int i = 1; i <= MAX_ITEMS; i++) {
				String column = "item" + i;
				String text = value(record, header, column);
				if (i > items) {
					if (!text.isEmpty()) {
						problems.add(new Problem(row, column, "outcomes.import.error.extraItem", instrument.code(), items, column));
					}
					continue;
				}
				Integer answer = QuestionnaireController.parse(text);
				if (answer == null || answer < instrument.minAnswer() || answer > instrument.maxAnswer()) {
					problems.add(new Problem(row, column, answer == null ? "outcomes.import.error.itemMissing"
							: "outcomes.import.error.itemRange", text, instrument.minAnswer(), instrument.maxAnswer()));
				}
				answers.add(answer);
			}
		}
		if (participant != null && instrument != null && timePoint != null) {
			String key = participant.code() + "/" + instrument.code() + "/" + timePoint;
			Long earlier = seen.putIfAbsent(key, row);
			if (earlier != null) {
				problems.add(new Problem(row, "code", "outcomes.import.error.duplicate", earlier));
			}
		}
		if (problems.size() == before) {
			rows.add(new Checked(row, participant.id(), instrument, timePoint, answers));
		}
	}

	/**
	 * The message key saying what a file that is not a CSV text file is (a spreadsheet, a PDF, another encoding),
	 * or null for a text file in UTF-8.
	 */
	static String notCsv(byte[] file) {
		if (startsWith(file, 0x50, 0x4B, 0x03, 0x04)) {
			return "outcomes.import.error.spreadsheet"; // xlsx, ods and other zip files
		}
		if (startsWith(file, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "outcomes.import.error.spreadsheet"; // the old .xls
		}
		if (startsWith(file, '%', 'P', 'D', 'F')) {
			return "outcomes.import.error.pdf";
		}
		for (byte b : file) {
			if (b == 0) {
				return "outcomes.import.error.binary";
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file));
		}
		catch (java.nio.charset.CharacterCodingException e) {
			return "outcomes.import.error.encoding";
		}
		return null;
	}

	private static boolean startsWith(byte[] file, int... prefix) {
		if (file.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((file[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		if (index == null || index >= record.size()) {
			return "";
		}
		String v = record.get(index);
		return v == null ? "" : v.strip();
	}

	/**
	 * Stores checked rows, all in one transaction: if one fails, none is stored.
	 *
	 * @param progress told the number of rows stored so far
	 */
	int store(ProjectId project, List<Checked> rows, String fileName, IntConsumer progress) {
		return transaction.execute(status -> {
			int stored = 0;
			for (Checked row : rows) {
				participants.recordImported(row.participantId(), row.instrument(), row.timePoint(), row.answers());
				progress.accept(++stored);
			}
			audit.record("project", project.value().toString(), "answers-imported",
					stored + " rows from " + fileName);
			return stored;
		});
	}
}
