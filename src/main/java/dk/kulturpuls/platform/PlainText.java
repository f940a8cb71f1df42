package dk.kulturpuls.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text typed in a plain text box read back as its writer laid it out: a blank line starts a new paragraph, a line
 * break stays a line break, lines starting with "- " (or "* ", "• ") form a bulleted list and lines starting with
 * "1. " (or "1) ") a numbered one. Nothing in the text is markup: the fragment {@code fragments/text :: plain}
 * writes every line escaped, on web pages and in PDFs alike.
 */
public final class PlainText {

	/** What a block is: a paragraph of lines, or a list whose lines are its items. */
	public enum Kind {
		PARAGRAPH, BULLETS, NUMBERS
	}

	/** A paragraph or a list; {@code lines} are its lines or items without their bullets or numbers. */
	public record Block(Kind kind, List<String> lines) {

		public boolean paragraph() {
			return kind == Kind.PARAGRAPH;
		}

		public boolean bullets() {
			return kind == Kind.BULLETS;
		}

		public boolean numbers() {
			return kind == Kind.NUMBERS;
		}
	}

	private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
	private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");

	private PlainText() {
	}

	/** The blocks of a text; none for a missing or blank text. */
	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return blocks;
		}
		Kind kind = null;
		List<String> lines = new ArrayList<>();
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				kind = close(blocks, kind, lines);
				lines = new ArrayList<>();
				continue;
			}
			Kind lineKind = Kind.PARAGRAPH;
			Matcher bullet = BULLET.matcher(raw);
			Matcher number = NUMBER.matcher(raw);
			if (bullet.matches() && !bullet.group(1).isBlank()) {
				lineKind = Kind.BULLETS;
				line = bullet.group(1).strip();
			}
			else if (number.matches() && !number.group(1).isBlank()) {
				lineKind = Kind.NUMBERS;
				line = number.group(1).strip();
			}
			if (kind != null && kind != lineKind) {
				close(blocks, kind, lines);
				lines = new ArrayList<>();
			}
			kind = lineKind;
			lines.add(line);
		}
		close(blocks, kind, lines);
		return blocks;
	}

	private static Kind close(List<Block> blocks, Kind kind, List<String> lines) {
		if (kind != null && !lines.isEmpty()) {
			blocks.add(new Block(kind, List.copyOf(lines)));
		}
		return null;
	}
}
