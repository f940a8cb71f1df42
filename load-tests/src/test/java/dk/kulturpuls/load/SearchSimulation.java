package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The public searching the knowledge base of 100,000 publications (start the application with the "benchmark"
 * profile): Danish words (URL-encoded), inflected forms, two-word queries and a facet filter, with the facet counts and
 * highlighted snippets every search page shows. Target: p95 under 50 ms and no failed request, measured after a
 * warm-up of {@code -Dkulturpuls.warmUp} seconds (30 by default; its requests are named apart and not asserted).
 */
public class SearchSimulation extends Simulation {

	static final List<Map<String, Object>> QUERIES = List.of(
			Map.of("q", "kommunerne"), Map.of("q", "borgerne+trivsel"), Map.of("q", "musikken"),
			Map.of("q", "ensomhed+%C3%A6ldre"), Map.of("q", "demens+kor"), Map.of("q", "evalueringen"),
			Map.of("q", "f%C3%A6llesskabet+unge"), Map.of("q", "hospitalet+patienter"),
			Map.of("q", "kunstnerne&municipality=0851"), Map.of("q", "depression&offerType=health-promoting-courses"),
			Map.of("q", "naturen+vandring&year=2020"), Map.of("q", "biblioteket"));

	/** Seconds of searches at 5 a second before the measured ones, for the JIT; 0 measures a cold server. */
	static final int WARM_UP = Integer.getInteger("kulturpuls.warmUp", 30);

	ScenarioBuilder warmUp = scenario("warming up")
		.feed(listFeeder(QUERIES).circular())
		.exec(http("search (warm-up)").get("/public/knowledge?q=#{q}").check(status().is(200)));

	ScenarioBuilder searchers = scenario("searching the knowledge base")
		.feed(listFeeder(QUERIES).circular())
		.exec(http("search").get("/public/knowledge?q=#{q}").check(status().is(200)));

	{
		var measured = searchers.injectOpen(rampUsersPerSec(1).to(10).during(Duration.ofSeconds(20)),
				constantUsersPerSec(10).during(Duration.ofSeconds(60)));
		setUp(WARM_UP > 0
				? warmUp.injectOpen(constantUsersPerSec(5).during(Duration.ofSeconds(WARM_UP))).andThen(measured)
				: measured)
			.protocols(Kulturpuls.protocol())
			.assertions(details("search").responseTime().percentile(95.0).lt(50),
					global().failedRequests().count().is(0L));
	}
}
