package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Citizens reading the public pages: the start page, the open calls and the open-data list of calls, 20 new
 * visitors a second for a minute. Target: p95 under 100 ms and no failed request.
 */
public class PublicPagesSimulation extends Simulation {

	ScenarioBuilder visitors = scenario("public visitor")
		.exec(http("start page").get("/").check(status().is(200)))
		.exec(http("open calls").get("/public/calls").check(status().is(200)))
		.exec(http("calls API").get("/api/v1/calls").header("Accept", "application/json").check(status().is(200)));

	{
		setUp(visitors.injectOpen(constantUsersPerSec(20).during(Duration.ofSeconds(60))))
			.protocols(Kulturpuls.protocol())
			.assertions(global().responseTime().percentile(95.0).lt(100), global().failedRequests().count().is(0L));
	}
}
