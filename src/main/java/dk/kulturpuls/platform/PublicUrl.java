package dk.kulturpuls.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform's one public address for every absolute link (mails, questionnaire links, QR cards, PDFs,
 * invitations): {@code kulturpuls.public-url}, or, when it is not set (the embedded demo), the address the platform
 * listens on ({@code http://localhost:<port>}). Never taken from the request's Host header, which a client chooses.
 */
@Component
public class PublicUrl {

	private final Environment environment;

	PublicUrl(Environment environment) {
		this.environment = environment;
	}

	/** The base address without a trailing slash, e.g. {@code https://kulturpuls.rn.dk}. */
	public String base() {
		String configured = environment.getProperty("kulturpuls.public-url");
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
