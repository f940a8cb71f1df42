package dk.kulturpuls.grants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The accounts as a spreadsheet (XLSX): one row per budget line and year with the line's id, the budget and the
 * actual amount so far, and a column for the explanation. The grantee fills in the actual amounts (and explanations)
 * and uploads it again; the figures are read back into the accounts form, never typed twice. Only the id, year,
 * actual and explanation columns are read; the rest is for the reader.
 */
@Component
class AccountsSheet {

	static final int ID = 0;
	static final int YEAR = 3;
	static final int ACTUAL = 5;
	static final int EXPLANATION = 6;

	private final MessageSource messages;

	AccountsSheet(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(GrantAccounts.Accounts accounts, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Kulturpuls", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("grant.sheet.name", locale));
			List<String> header = Stream.of("id", "category", "line", "year", "planned", "actual", "explanation")
				.map(h -> text("grant.sheet." + h, locale)).toList();
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (GrantAccounts.Line line : accounts.lines()) {
				for (int i = 0; i < accounts.years().size(); i++) {
					sheet.value(r, ID, line.id().toString());
					sheet.value(r, 1, line.category());
					sheet.value(r, 2, line.text());
					sheet.value(r, YEAR, accounts.years().get(i));
					sheet.value(r, 4, line.planned().get(i).ore() / 100.0);
					String actual = line.actual().get(i);
					if (!actual.isBlank()) {
						sheet.value(r, ACTUAL, actual);
					}
					if (i == 0 && !line.explanation().isBlank()) {
						sheet.value(r, EXPLANATION, line.explanation());
					}
					r++;
				}
			}
			sheet.width(ID, 38);
			sheet.width(2, 30);
			sheet.width(EXPLANATION, 50);
			sheet.value(r + 1, 0, messages.getMessage("grant.sheet.help", new Object[] { accounts.thresholdPercent() },
					locale));
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The amounts ({@code a-<line>-<year>} as typed) and explanations ({@code e-<line>}) of an uploaded sheet.
	 *
	 * @throws GrantException when the file is not a spreadsheet of this form
	 */
	Map<String, String> read(InputStream in) {
		Map<String, String> fields = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				rows.skip(1).forEach(row -> {
					String id = text(row, ID).orElse("");
					if (!id.matches("[0-9a-f-]{36}")) {
						return;
					}
					String year = text(row, YEAR).map(y -> y.replaceAll("\\.0+$", "")).orElse("");
					fields.put("a-" + id + "-" + year, text(row, ACTUAL).orElse(""));
					text(row, EXPLANATION).filter(e -> !e.isBlank()).ifPresent(e -> fields.merge("e-" + id, e,
							(a, b) -> a + "\n" + b));
				});
			}
		}
		catch (IOException | RuntimeException e) {
			throw new GrantException("grant.sheet.error.unreadable");
		}
		if (fields.keySet().stream().noneMatch(k -> k.startsWith("a-"))) {
			throw new GrantException("grant.sheet.error.noRows");
		}
		return fields;
	}

	/** A cell's value as text; numbers written the Danish way (12500.5 as "12500,5"), as a user would type them. */
	private static Optional<String> text(Row row, int column) {
		Optional<Cell> cell = row.getOptionalCell(column);
		if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
			return Optional.empty();
		}
		if (cell.get().getType() == CellType.NUMBER) {
			BigDecimal number = cell.get().asNumber().stripTrailingZeros();
			return Optional.of(number.scale() <= 0 ? number.toPlainString() : number.toPlainString().replace('.', ','));
		}
		return Optional.of(cell.get().getRawValue() == null ? "" : cell.get().getText().strip());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
