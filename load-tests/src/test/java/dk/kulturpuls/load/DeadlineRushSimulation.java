package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The deadline rush: the 500 benchmark applicants ({@code rush001}..{@code rush500}, seeded by the "benchmark"
 * profile, each with a complete draft) log in and open their review page during the minutes before (ramp over
 * {@value #ARRIVAL_SECONDS} s), then all 500 press "Indsend" within the same 60 s, each at a random moment of that
 * minute. Every submission must be acknowledged: the submit redirects to the receipt, and the receipt page shows a
 * receipt number. Afterwards count the submitted applications of the call (docs/benchmarks.md).
 */
public class DeadlineRushSimulation extends Simulation {

	static final String PASSWORD = System.getProperty("kulturpuls.rush-password", "benchmark-rush-2026");

	Iterator<Map<String, Object>> applicants = IntStream.rangeClosed(1, 500)
		.<Map<String, Object>>mapToObj(n -> Map.of("username", "rush%03d".formatted(n), "password", PASSWORD))
		.iterator();

	static final int ARRIVAL_SECONDS = 150;

	/** When the rush minute starts: after every applicant has arrived. */
	static final long RUSH_STARTS = System.currentTimeMillis() + (ARRIVAL_SECONDS + 20) * 1000L;

	ScenarioBuilder rush = scenario("applicant at the deadline")
		.feed(applicants)
		.exec(Kulturpuls.login())
		.exec(http("my applications").get("/applicant")
			.check(status().is(200), regex("/applicant/applications/([0-9a-f-]{36})").saveAs("application")))
		.exec(http("review page").get("/applicant/applications/#{application}/review")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
		.pause(session -> Duration.ofMillis(Math.max(0,
				RUSH_STARTS + java.util.concurrent.ThreadLocalRandom.current().nextLong(60_000) - System.currentTimeMillis())))
		.exec(http("submit").post("/applicant/applications/#{application}/submit")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302), header("Location").transform(location -> location.endsWith("/receipt")).is(true)))
		.exec(http("receipt").get("/applicant/applications/#{application}/receipt")
			.check(status().is(200), regex("KP-\\d{4}-\\d{6}").exists()));

	{
		setUp(rush.injectOpen(rampUsers(500).during(Duration.ofSeconds(ARRIVAL_SECONDS))))
			.protocols(Kulturpuls.protocol())
			.assertions(global().failedRequests().count().is(0L), details("submit").successfulRequests().count().is(500L));
	}
}
