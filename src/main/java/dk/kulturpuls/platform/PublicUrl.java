package dk.kulturpuls.platform;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform's one public address for every absolute link (mails, questionnaire links, QR cards, PDFs,
 * invitations): {@code kulturpuls.public-url}, or, when it is not set (the embedded demo, development), the address
 * the platform listens on ({@code http://localhost:<port>}, the port the server really got). Never taken from the
 * request's Host header, which a client chooses. The production profile refuses to start without it: a guessed
 * address would send every recipient to a host that is not the platform.
 */
@Component
public class PublicUrl {

	static final String PROPERTY = "kulturpuls.public-url";

	private final Environment environment;

	PublicUrl(Environment environment) {
		this.environment = environment;
		String configured;
		try {
			configured = environment.getProperty(PROPERTY);
		}
		catch (IllegalArgumentException notYetResolvable) {
			return; // e.g. http://127.0.0.1:${local.server.port} (the tests) before the server listens
		}
		if (configured == null || configured.isBlank()) {
			if (environment.acceptsProfiles(Profiles.of("production"))) {
				throw new IllegalStateException("Refusing to start in the production profile without a public address: "
						+ "set KULTURPULS_PUBLIC_URL (" + PROPERTY + ") to the address users reach the platform at, "
						+ "e.g. https://kulturpuls.rn.dk. Every link in mails, invitations and QR cards is made from it.");
			}
		}
		else {
			check(configured.strip());
		}
	}

	private static void check(String address) {
		try {
			URI uri = new URI(address);
			if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					|| uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new URISyntaxException(address, "not an http(s) address with a host");
			}
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(PROPERTY + " must be an absolute http(s) address such as "
					+ "https://kulturpuls.rn.dk (without query or fragment), not '" + address + "'", e);
		}
	}

	/** The base address without a trailing slash, e.g. {@code https://kulturpuls.rn.dk}. */
	public String base() {
		String configured = environment.getProperty(PROPERTY);
		String base = configured == null || configured.isBlank()
				? "http://localhost:" + environment.getProperty("local.server.port",
						environment.getProperty("server.port", "8080"))
				: configured.strip();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** An absolute link to a path of the platform ({@code {name}} variables expanded in order). */
	public String of(String path, Object... variables) {
		return UriComponentsBuilder.fromUriString(base()).path(path).buildAndExpand(variables).encode().toUriString();
	}
}
