package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text is in both languages, every key a template names exists, and no template carries literal text
 * (which would escape translation).
 */
class MessagesTests {

	static final Path RESOURCES = Path.of("src/main/resources");
	static final Path TEMPLATES = RESOURCES.resolve("templates");
	/** A static message key in a template: #{key} or #{key(args)}; dynamic keys (#{${...}}) are skipped. */
	static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
	/** Attributes that show text to users and so must come from messages. */
	static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label", "label", "value");

	static List<String> bundles() throws IOException {
		List<String> bundles = new ArrayList<>(List.of("messages"));
		try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
			files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_da.properties"))
				.map(n -> "i18n/" + n.substring(0, n.length() - "_da.properties".length())).sorted()
				.forEach(bundles::add);
		}
		return bundles;
	}

	static Properties load(String bundle, String language) throws IOException {
		Properties properties = new Properties();
		Path file = RESOURCES.resolve(bundle + "_" + language + ".properties");
		assertThat(file).as("the %s file of %s", language, bundle).exists();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyExistsInDanishAndEnglish() throws IOException {
		for (String bundle : bundles()) {
			Set<String> danish = load(bundle, "da").stringPropertyNames();
			Set<String> english = load(bundle, "en").stringPropertyNames();
			assertThat(new TreeSet<>(danish)).as("keys of %s", bundle).isEqualTo(new TreeSet<>(english));
			for (String key : danish) {
				assertThat(load(bundle, "da").getProperty(key)).as("Danish text of %s", key).isNotBlank();
				assertThat(load(bundle, "en").getProperty(key)).as("English text of %s", key).isNotBlank();
			}
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle, "da").stringPropertyNames()) {
				if (!seen.add(key)) {
					duplicates.add(bundle + ": " + key);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> defined = new HashSet<>();
		for (String bundle : bundles()) {
			defined.addAll(load(bundle, "da").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!defined.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
						|| element.hasAttr("th:insert") || List.of("script", "style").contains(element.tagName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String content = text.text().strip();
					if (content.codePoints().anyMatch(Character::isLetter)) {
						literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + content);
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetter)
							&& !(element.tagName().equals("input") && attribute.equals("value"))
							&& !(element.tagName().equals("option") && attribute.equals("value"))) {
						literal.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}
}
