package dk.kulturpuls.geography;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a table of inhabitants per municipality: Statistics Denmark's FOLK1A as exported from Statbank (CSV with
 * semicolons, the municipality as "101 København" or by name, the count in the last column, UTF-8 or Windows-1252),
 * or any CSV with a municipality code or name first and the number of inhabitants last.
 * <p>
 * Rows with a count that name no municipality (the whole country, regions, parts of the country) are ignored and
 * reported; title and header rows are skipped. A municipality row without a whole number of inhabitants, or a
 * municipality given twice (e.g. two quarters exported), is a problem, and a table with problems is not used.
 */
final class PopulationTable {

	/** The most inhabitants a Danish municipality could plausibly have; a larger figure is a mistake. */
	static final int MAX_INHABITANTS = 5_000_000;

	/** A problem on a line (1 is the first), as a message key and its arguments. */
	record Problem(long line, String key, List<Object> arguments) {
	}

	/** Inhabitants by municipality code, the problems, and the names of the rows that name no municipality. */
	record Parsed(Map<String, Integer> inhabitants, List<Problem> problems, List<String> ignored) {

		boolean usable() {
			return problems.isEmpty();
		}
	}

	private static final Pattern CODE = Pattern.compile("(\\d{1,4})(?:\\s+.*)?");

	private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

	private final Map<String, String> codes = new HashMap<>();

	private final Map<String, String> codeByName = new HashMap<>();

	private final Map<String, String> nameByCode = new HashMap<>();

	PopulationTable(List<MunicipalityView> municipalities) {
		for (MunicipalityView m : municipalities) {
			codes.put(m.code().value(), m.code().value());
			codeByName.put(normalised(m.name()), m.code().value());
			nameByCode.put(m.code().value(), m.name());
		}
	}

	Parsed read(byte[] content) {
		String text = decode(content);
		Map<String, Integer> inhabitants = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
			.setTrim(true).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord row : parser) {
				long line = parser.getCurrentLineNumber();
				List<String> cells = row.stream().filter(cell -> !cell.isBlank()).toList();
				if (cells.isEmpty()) {
					continue;
				}
				String place = cells.getFirst();
				String count = cells.size() > 1 ? cells.getLast().replaceAll("[.\\s\\u00a0]", "") : "";
				String code = municipality(place);
				if (code == null) {
					if (COUNT.matcher(count).matches()) {
						ignored.add(place);
					}
					continue;
				}
				String name = nameByCode.get(code);
				if (!COUNT.matcher(count).matches() || Long.parseLong(count) > MAX_INHABITANTS) {
					problems.add(new Problem(line, "population.import.error.count",
							List.of(name, cells.size() > 1 ? cells.getLast() : "")));
				}
				else if (inhabitants.containsKey(code)) {
					problems.add(new Problem(line, "population.import.error.twice", List.of(name)));
				}
				else {
					inhabitants.put(code, Integer.parseInt(count));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			problems.add(new Problem(0, "population.import.error.unreadable", List.of()));
		}
		if (inhabitants.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "population.import.error.none", List.of()));
		}
		return new Parsed(inhabitants, problems, ignored);
	}

	/** The municipality's code for a cell such as "101", "0101", "101 København", "København" or "Høje-Taastrup". */
	private String municipality(String cell) {
		Matcher code = CODE.matcher(cell);
		if (code.matches()) {
			String padded = "0".repeat(4 - code.group(1).length()) + code.group(1);
			if (codes.containsKey(padded)) {
				return padded;
			}
		}
		return codeByName.get(normalised(cell));
	}

	private static String normalised(String name) {
		String lower = name.toLowerCase(Locale.ROOT).strip();
		lower = lower.replaceAll("\\s+kommune$", "");
		return lower.replaceAll("[^\\p{L}]", "");
	}

	private static char delimiter(String text) {
		String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return commas > semicolons ? ',' : ';';
	}

	/** UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, otherwise Windows-1252. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}
}
