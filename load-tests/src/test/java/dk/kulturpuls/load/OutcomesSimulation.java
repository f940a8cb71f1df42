package dk.kulturpuls.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Outcomes under load, on the platform started with the {@code benchmark} profile (1,000,000 measurements of 100,000
 * participants, and a file of open one-time links; docs/benchmarks.md):
 * <ol>
 * <li>100 respondents at the same time for a minute (after 20 s in which they arrive): each opens the WHO-5 questionnaire behind a fresh one-time
 * link, takes 10–20 s to answer, and sends the answers (which uses the link up); then the next respondent takes
 * the place. Target: the questionnaire page at p95 under 50 ms, no failed request.</li>
 * <li>Then the programme officer opening the programme-level analysis of WHO-5 (every participant, every project,
 * with suppression) again and again for 30 s. Reported beside it; the 500 ms target is measured without HTTP by
 * {@code OutcomesAnalysisBenchmark} in the platform's tests.</li>
 * </ol>
 * The links file is {@code target/outcomes-benchmark-links.csv} of the platform (system property
 * {@code outcomes.links} to change it).
 */
public class OutcomesSimulation extends Simulation {

	static final Path LINKS = Stream.of(System.getProperty("outcomes.links"), "../target/outcomes-benchmark-links.csv",
			"target/outcomes-benchmark-links.csv")
		.filter(Objects::nonNull).map(Path::of).filter(Files::isReadable).findFirst()
		.orElseThrow(() -> new IllegalStateException(
				"No links file: start the platform with the benchmark profile first (docs/benchmarks.md)"));

	/** A respondent opens the questionnaire, takes 10–20 s to answer the five items, and sends the answers. */
	ScenarioBuilder respondents = scenario("respondent")
		.feed(csv(LINKS.toAbsolutePath().toString()).queue())
		.exec(http("questionnaire page").get("/public/q/#{token}")
			.check(status().is(200), css("input[name=item1]").exists(), css("input[name=_csrf]", "value").saveAs("csrf")))
		.pause(Duration.ofSeconds(10), Duration.ofSeconds(20))
		.exec(http("answers sent").post("/public/q/#{token}")
			.formParam("_csrf", "#{csrf}")
			.formParam("item1", "3").formParam("item2", "4").formParam("item3", "2").formParam("item4", "3")
			.formParam("item5", "3")
			.check(status().is(200), css("h1").is("Tak for dine svar")));

	/** The same visits before the measurement, so that the platform is warm (its requests are not asserted). */
	ScenarioBuilder warmUp = scenario("warm-up")
		.feed(csv(LINKS.toAbsolutePath().toString()).circular())
		.exec(http("warm-up questionnaire page").get("/public/q/#{token}").check(status().is(200)));

	Iterator<Map<String, Object>> officer = Stream.generate(
			() -> Map.<String, Object>of("username", "officer", "password", "demo")).iterator();

	ScenarioBuilder programmeOfficer = scenario("programme officer")
		.exec(feed(officer), Kulturpuls.login())
		.during(Duration.ofSeconds(30)).on(exec(http("programme analysis")
			.get("/officer/outcomes/analysis?instrument=WHO-5&after=END&scope=programme")
			.check(status().is(200), css("#results").exists())));

	{
		setUp(warmUp.injectClosed(constantConcurrentUsers(10).during(Duration.ofSeconds(30)))
			.andThen(respondents.injectClosed(rampConcurrentUsers(0).to(100).during(Duration.ofSeconds(20)),
					constantConcurrentUsers(100).during(Duration.ofSeconds(60))))
			.andThen(programmeOfficer.injectClosed(constantConcurrentUsers(1).during(Duration.ofSeconds(1)))))
			.protocols(Kulturpuls.protocol())
			.assertions(details("questionnaire page").responseTime().percentile(95.0).lt(50),
					details("answers sent").failedRequests().count().is(0L),
					global().failedRequests().count().is(0L));
	}
}
