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
 * The public opening the spread map with 5,000 projects (start the application with the "benchmark" profile):
 * the region and the national view, every measure, with and without offer type and target group. Target: the
 * page in under 200 ms (p95 of the response time on loopback; the server-side timer kulturpuls.projects.map in
 * /actuator/prometheus gives the server time alone) and no failed request.
 */
public class MapSimulation extends Simulation {

	static final List<Map<String, Object>> VIEWS = List.of(
			Map.of("query", "measure=PROJECTS"),
			Map.of("query", "measure=PER_10000"),
			Map.of("query", "measure=WHITE_SPOTS&offerType=digital&targetGroup=young-people"),
			Map.of("query", "scope=national&measure=PROJECTS"),
			Map.of("query", "scope=national&measure=WHITE_SPOTS&offerType=health-promoting-courses"),
			Map.of("query", "measure=WHITE_SPOTS&targetGroup=elderly"));

	ScenarioBuilder visitors = scenario("opening the spread map")
		.feed(listFeeder(VIEWS).circular())
		.exec(http("map").get("/public/projects/map?#{query}").check(status().is(200)));

	{
		setUp(visitors.injectOpen(rampUsersPerSec(1).to(10).during(Duration.ofSeconds(20)),
				constantUsersPerSec(10).during(Duration.ofSeconds(60))))
			.protocols(Kulturpuls.protocol())
			.assertions(details("map").responseTime().percentile(95.0).lt(200),
					global().failedRequests().count().is(0L));
	}
}
