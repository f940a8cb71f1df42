package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The officer's inbox with 10,000 applications (the "benchmark" profile's large call): programme officers open the
 * first page (50 rows) with a filter — status, municipality, target group, offer type or two together — for a
 * minute, one request after the other; 4 officers at once unless {@code -Dkulturpuls.officers=n}. Target: p95 under
 * 150 ms.
 */
public class InboxSimulation extends Simulation {

	static final UUID CALL = UUID.nameUUIDFromBytes("kulturpuls-benchmark-inbox".getBytes());

	static final List<String> FILTERS = List.of("status=SUBMITTED", "municipality=0851", "municipality=0825",
			"targetGroup=elderly", "offerType=digital", "municipality=0813&targetGroup=children",
			"status=ELIGIBLE&offerType=youth-education", "municipality=0860&status=SUBMITTED",
			"targetGroup=mental-health&offerType=health-promoting-courses", "");

	Iterator<Map<String, Object>> filters = Stream.generate(
			() -> Map.<String, Object>of("filter", FILTERS.get(ThreadLocalRandom.current().nextInt(FILTERS.size()))))
		.iterator();

	ScenarioBuilder officers = scenario("programme officer")
		.exec(session -> session.set("username", "officer").set("password", "demo"))
		.exec(Kulturpuls.login())
		.during(Duration.ofSeconds(60)).on(feed(filters)
			.exec(http("inbox first page").get("/officer/calls/" + CALL + "/applications?#{filter}")
				.check(status().is(200), regex("KP-BENCH-\\d{6}").count().gte(50))));

	{
		setUp(officers.injectOpen(atOnceUsers(Integer.getInteger("kulturpuls.officers", 4))))
			.protocols(Kulturpuls.protocol())
			.assertions(details("inbox first page").responseTime().percentile(95.0).lt(150),
					global().failedRequests().percent().lt(1.0));
	}

	private static io.gatling.javaapi.core.ChainBuilder feed(Iterator<Map<String, Object>> feeder) {
		return io.gatling.javaapi.core.CoreDsl.feed(feeder);
	}
}
