package dk.kulturpuls.roundtable.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The word-level difference between two versions of the mission, computed with java-diff-utils (Myers) on the
 * versions' text: words and spaces are compared, paragraphs, list items and headings become line breaks.
 * Pages show insertions as {@code <ins>} and deletions as {@code <del>} with a visually hidden label each.
 */
public record MissionDiff(List<Segment> segments, int wordsInserted, int wordsDeleted) {

	private static final Pattern TOKEN = Pattern.compile("\n|[ \\t\\u00a0]+|[^\\s\\u00a0]+");
	private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|li|h[1-6]|blockquote|ul|ol)>|<br\\s*/?>");

	public enum Kind {
		SAME, INSERTED, DELETED, BREAK
	}

	/** A run of text that is the same, inserted or deleted, or a line break. */
	public record Segment(Kind kind, String text) {

		public boolean same() {
			return kind == Kind.SAME;
		}

		public boolean inserted() {
			return kind == Kind.INSERTED;
		}

		public boolean deleted() {
			return kind == Kind.DELETED;
		}

		public boolean lineBreak() {
			return kind == Kind.BREAK;
		}
	}

	public boolean unchanged() {
		return wordsInserted == 0 && wordsDeleted == 0;
	}

	/** The difference from the older (sanitised HTML) text to the newer one. */
	public static MissionDiff between(String olderHtml, String newerHtml) {
		List<String> older = tokens(text(olderHtml));
		List<String> newer = tokens(text(newerHtml));
		Patch<String> patch = DiffUtils.diff(older, newer);
		List<Segment> segments = new ArrayList<>();
		int[] counts = new int[2];
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			add(segments, Kind.SAME, older.subList(position, delta.getSource().getPosition()));
			counts[1] += add(segments, Kind.DELETED, delta.getSource().getLines());
			counts[0] += add(segments, Kind.INSERTED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(segments, Kind.SAME, older.subList(position, older.size()));
		return new MissionDiff(List.copyOf(segments), counts[0], counts[1]);
	}

	/** The text of sanitised HTML with one line per paragraph, list item or heading. */
	static String text(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Matcher matcher = BLOCK_END.matcher(html);
		String marked = matcher.replaceAll(m -> Matcher.quoteReplacement(m.group() + "\u2029"));
		String text = Jsoup.parse(marked).body().text().replace("\u2029", "\n");
		return text.replaceAll("[ \\t\\u00a0]*\n[ \\t\\u00a0\n]*", "\n").strip();
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Appends the tokens as segments of the kind (line breaks apart); returns the number of words among them. */
	private static int add(List<Segment> segments, Kind kind, List<String> tokens) {
		int words = 0;
		StringBuilder run = new StringBuilder();
		for (String token : tokens) {
			if ("\n".equals(token)) {
				flush(segments, kind, run);
				segments.add(new Segment(Kind.BREAK, ""));
				continue;
			}
			if (!token.isBlank()) {
				words++;
			}
			run.append(token);
		}
		flush(segments, kind, run);
		return words;
	}

	private static void flush(List<Segment> segments, Kind kind, StringBuilder run) {
		if (run.isEmpty()) {
			return;
		}
		if (kind != Kind.SAME && run.toString().isBlank()) {
			kind = Kind.SAME;
		}
		Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
		if (last != null && last.kind() == kind) {
			segments.set(segments.size() - 1, new Segment(kind, last.text() + run));
		}
		else {
			segments.add(new Segment(kind, run.toString()));
		}
		run.setLength(0);
	}
}
