package dk.kulturpuls.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/** Issue 14, point 6, for the roundtable: minutes over their limit are named, kept in the form and not stored. */
@ApplicationTest
class RoundtableTextLimitsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Test
	void minutesOverTheirLimitAreNamedKeptAndNotStored() {
		UUID roundtable = roundtables.findByName(DemoRoundtable.NAME).orElseThrow().id();
		WorkshopView workshop = roundtables.workshops(roundtable).getFirst();
		String before = workshop.minutes();
		WebSession secretariat = WebSession.loggedIn(port, "secretariat", "demo");
		String path = "/secretariat/workshops/" + workshop.id();
		Document page = secretariat.page(path);
		assertThat(page.selectFirst("#minutes").attr("maxlength")).isEqualTo("50000");
		String tooLong = "m".repeat(50_001);
		HttpResponse<String> answer = secretariat.post(path + "/minutes", page, Map.of("minutes", tooLong));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(answer.body());
		assertThat(errors.select("#error-summary").text()).contains("Må højst være 50.000 tegn – du skrev 50.001.");
		assertThat(errors.selectFirst("#minutes").text()).isEqualTo(tooLong);
		assertThat(roundtables.workshops(roundtable).getFirst().minutes()).as("not stored").isEqualTo(before);
	}
}
