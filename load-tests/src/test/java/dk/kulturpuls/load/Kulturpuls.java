package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What every simulation needs: the platform's address (system property {@code kulturpuls.url}, by default
 * http://localhost:8080) and a form login that carries the CSRF token as a browser does.
 */
final class Kulturpuls {

	static final String URL = System.getProperty("kulturpuls.url", "http://localhost:8080");

	private Kulturpuls() {
	}

	static HttpProtocolBuilder protocol() {
		return http.baseUrl(URL)
			.acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("da")
			.disableFollowRedirect()
			.shareConnections();
	}

	/**
	 * Logs in with the user name and password in the session attributes {@code username} and {@code password}
	 * (from a feeder) and keeps the CSRF token of the start page in {@code csrf} for later forms.
	 */
	static ChainBuilder login() {
		return exec(http("login page").get("/login")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("login").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").not(session -> Kulturpuls.URL + "/login?error")));
	}

	/** Reads the CSRF token of a page the user is on, for a form post that follows. */
	static ChainBuilder csrfFrom(String name, String path) {
		return exec(http(name).get(path).check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")));
	}
}
