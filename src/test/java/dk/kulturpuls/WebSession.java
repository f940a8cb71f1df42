package dk.kulturpuls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-less HTTP session against the running application: its own cookies, form posts with the CSRF token
 * taken from the page, redirects not followed so that the tests see 302, 403 and 404 as the user's browser does.
 */
public final class WebSession {

	private final String base;
	private final HttpClient client;
	private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

	public WebSession(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public static WebSession loggedIn(int port, String username, String password) {
		WebSession session = new WebSession(port);
		Document login = session.page("/login");
		HttpResponse<String> response = session.post("/login", login, Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (location.contains("/login")) { // ?error, ?unconfirmed or ?throttled
			throw new IllegalStateException("login failed for " + username);
		}
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(withCookies(HttpRequest.newBuilder(URI.create(base + path))).GET().build());
	}

	/** GETs a download (a PDF, a file) as bytes. */
	public HttpResponse<byte[]> bytes(String path) {
		try {
			HttpResponse<byte[]> response = client.send(withCookies(HttpRequest.newBuilder(URI.create(base + path))).GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** GETs a page that must answer 200 and parses it. */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), base + path);
	}

	/** Posts a form with the CSRF token of the given page (or of a fresh page if null). */
	public HttpResponse<String> post(String path, Document csrfSource, Map<String, ?> fields) {
		return send(postRequest(path, csrfSource, fields));
	}

	public CompletableFuture<HttpResponse<String>> postAsync(String path, Document csrfSource, Map<String, ?> fields) {
		return client.sendAsync(postRequest(path, csrfSource, fields), HttpResponse.BodyHandlers.ofString())
			.thenApply(this::remember);
	}

	private HttpRequest postRequest(String path, Document csrfSource, Map<String, ?> fields) {
		Map<String, Object> all = new LinkedHashMap<>(fields);
		org.jsoup.nodes.Element input = csrfSource.selectFirst("input[name=_csrf]");
		all.put("_csrf", input != null ? input.val() : csrfSource.selectFirst("meta[name=_csrf]").attr("content"));
		String body = all.entrySet().stream().flatMap(e -> {
			Object value = e.getValue();
			Iterable<?> values = value instanceof Iterable<?> many ? many : java.util.List.of(value);
			return java.util.stream.StreamSupport.stream(values.spliterator(), false)
				.map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v)));
		}).collect(Collectors.joining("&"));
		return withCookies(HttpRequest.newBuilder(URI.create(base + path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	/** Posts a form and takes the answer as bytes (a download). */
	public HttpResponse<byte[]> postForBytes(String path, Document csrfSource, Map<String, ?> fields) {
		try {
			return client.send(postRequest(path, csrfSource, fields), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a multipart form with one file and the CSRF token of the given page. */
	public HttpResponse<String> postMultipart(String path, Document csrfSource, Map<String, String> fields,
			String fileField, String filename, byte[] content) {
		String boundary = "kp" + java.util.UUID.randomUUID().toString().replace("-", "");
		Map<String, String> all = new LinkedHashMap<>(fields);
		org.jsoup.nodes.Element input = csrfSource.selectFirst("input[name=_csrf]");
		all.put("_csrf", input != null ? input.val() : csrfSource.selectFirst("meta[name=_csrf]").attr("content"));
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(withCookies(HttpRequest.newBuilder(URI.create(base + path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	/** Keeps the cookies the server sets (the session id changes at login). */
	private HttpResponse<String> remember(HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
		}
		return response;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return remember(client.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
