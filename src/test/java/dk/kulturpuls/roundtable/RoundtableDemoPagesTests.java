package dk.kulturpuls.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/** The demo process as the secretariat reads it over HTTP: years as years, in both languages. */
@ApplicationTest
class RoundtableDemoPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	UUID demo() {
		return roundtables.findByName(DemoRoundtable.NAME).orElseThrow().id();
	}

	@Test
	void yearsArePrintedWithoutAThousandsSeparator() {
		WebSession secretariat = WebSession.loggedIn(port, "secretariat", "demo");
		Document start = secretariat.page("/secretariat");
		assertThat(start.text()).contains("2025–2026").doesNotContain("2.025", "2.026");

		Document budget = secretariat.page("/secretariat/roundtables/" + demo() + "/budget");
		assertThat(budget.select("th").eachText()).contains("Budget 2025", "Forbrug 2025", "Budget 2026", "Forbrug 2026");
		assertThat(budget.text()).contains("Status for Sundhedsudvalget 2025").doesNotContain("2.025", "2.026");

		Document english = secretariat.page("/secretariat/roundtables/" + demo() + "/budget?lang=en");
		assertThat(english.select("th").eachText()).contains("Planned 2025", "Spent 2026");
		assertThat(english.text()).doesNotContain("2,025", "2,026", "2.025", "2.026");
		secretariat.page("/secretariat?lang=da");
	}
}
