package dk.kulturpuls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recipient notices about the links in a mail: every link is absolute and leads to the platform's public
 * address, and no bare path ("/committee") is left for the reader to complete.
 */
public final class MailLinks {

	/** A path standing on its own: after the start, a space or an opening bracket or quote. */
	static final Pattern RELATIVE = Pattern.compile("(?:^|[\\s(\"'«»])(/[A-Za-z][\\w\\-./?=&%]*)", Pattern.MULTILINE);

	static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>)]+");

	private MailLinks() {
	}

	/** The bare paths in a text, e.g. "/committee" in "se dem under /committee". */
	public static List<String> relativePaths(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = RELATIVE.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** The absolute links in a text. */
	public static List<String> links(String text) {
		return ABSOLUTE.matcher(text).results().map(r -> r.group()).toList();
	}

	/** The body has at least one link, every link starts with {@code base}, and no bare path is left. */
	public static void assertLinksOnlyTo(String body, String base) {
		assertThat(relativePaths(body)).as("bare paths in the mail\n%s", body).isEmpty();
		assertThat(links(body)).as("links in the mail\n%s", body).isNotEmpty()
			.allSatisfy(link -> assertThat(link).startsWith(base + "/"));
	}
}
