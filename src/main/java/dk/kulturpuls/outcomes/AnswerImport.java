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
 * the column and what to fix.
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

	/** The template: the header row alone, comma-separated. */
	static String template() {
		return String.join(",", COLUMNS) + "\r\n";
	}

	/**
	 * Checks every row of a file against the project's participants and measurement plan.
	 *
	 * @param progress told the number of rows checked so far
	 */
	Result check(ProjectId project, byte[] file, IntConsumer progress) {
		List<Problem> problems = new ArrayList<>();
		List<Checked> rows = new ArrayList<>();
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
			for (String column : List.of("code", "instrument", "time_point", "item1")) {
				if (!header.containsKey(column)) {
					problems.add(new Problem(1, column, "outcomes.import.error.missingColumn", column));
				}
			}
			if (!problems.isEmpty()) {
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
			problems.add(new Problem(row, "instrument", "outcomes.error.notPlanned", instrument.code(),
					new DefaultMessageSourceResolvable(timePoint.messageKey())));
		}
		List<Integer> answers = new ArrayList<>();
		if (instrument != null) {
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
				if (!header.containsKey(column)) {
					problems.add(new Problem(row, column, "outcomes.import.error.missingColumn", column));
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
