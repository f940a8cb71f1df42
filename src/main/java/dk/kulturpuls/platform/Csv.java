package dk.kulturpuls.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV files as Danish spreadsheets open them: UTF-8 with a byte-order mark, semicolons between cells, every
 * cell quoted, CRLF line ends. A cell that starts with = + - or @ gets a leading apostrophe so that a spreadsheet
 * never runs it as a formula (CSV injection); a plain negative number ("-4,00") is no formula and stays a number.
 */
public final class Csv {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	public Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(';');
			}
			text.append(cell(cells.get(i)));
		}
		text.append("\r\n");
		return this;
	}

	public byte[] bytes() {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(String value) {
		String content = value == null ? "" : value;
		boolean negativeNumber = content.matches("-\\d[\\d.]*(,\\d+)?");
		String safe = !negativeNumber && content.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + content : content;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
