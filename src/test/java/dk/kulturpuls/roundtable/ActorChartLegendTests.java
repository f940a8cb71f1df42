package dk.kulturpuls.roundtable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.Browser;

/**
 * The actor network and the power-interest grid say the actors' level by shape as well as colour, and a legend in
 * text says which shape and border mean what (WCAG 1.4.1).
 */
@ApplicationTest
class ActorChartLegendTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void theChartsTellTheLevelsApartByShapeAndSayItInALegend() {
		UUID process = jdbc.sql("select id from roundtable_process order by first_year, name limit 1")
			.query(UUID.class).single();
		String base = "http://localhost:" + port;
		page.setViewportSize(1280, 900);
		Browser.logIn(page, base, "secretariat", "demo");
		page.navigate(base + "/secretariat/roundtables/" + process + "/actors");
		Browser.settle(page);

		assertThat(page.locator("#network-legend li")).hasText(new String[] { "■ Makro", "▲ Meso", "● Mikro",
				"◯ Sort kant: brobygger mellem grupper af aktører", "●⬤ Størrelse: jo flere relationer, jo større",
				"Linjens tykkelse: relationens styrke (1–5)" });
		// the demo's actors stand in all four quadrants of the grid
		assertThat(page.locator("#grid-table tbody td")).hasCount(4);
		for (int cell = 0; cell < 4; cell++) {
			assertThat(page.locator("#grid-table tbody td").nth(cell)).not().isEmpty();
		}
		assertThat(page.locator("[data-rt-grid]")).hasAttribute("data-x-label", "Interesse (1 = lav, 5 = høj)");
		assertThat(page.locator("#grid-legend li")).hasText(new String[] { "■ Makro", "▲ Meso", "● Mikro" });
		for (String chart : List.of("[data-rt-network]", "[data-rt-grid]")) {
			assertThat(page.locator(chart + " canvas")).hasCount(1);
			@SuppressWarnings("unchecked")
			Map<String, String> symbolByLevel = (Map<String, String>) page.evaluate("""
					selector => {
					  const data = echarts.getInstanceByDom(document.querySelector(selector)).getOption().series[0].data;
					  const levels = {};
					  document.querySelectorAll('#actor-table tbody tr').forEach(row => {
					    const point = data.find(d => d.name === row.getAttribute('data-name'));
					    levels[row.getAttribute('data-level')] = point.symbol;
					  });
					  return levels;
					}""", chart);
			assertThat(symbolByLevel).as("the shape of each level in %s", chart).isNotEmpty()
				.allSatisfy((level, symbol) -> assertThat(symbol).isEqualTo(
						Map.of("MACRO", "rect", "MESO", "triangle", "MICRO", "circle").get(level)));
		}
		// actors with the same interest and influence do not cover each other
		@SuppressWarnings("unchecked")
		List<String> positions = (List<String>) page.evaluate("""
				() => echarts.getInstanceByDom(document.querySelector('[data-rt-grid]')).getOption().series[0].data
				  .map(d => d.value.map(v => v.toFixed(2)).join(' / '))""");
		assertThat(positions).hasSize(page.locator("#actor-table tbody tr").count()).doesNotHaveDuplicates();
		// the axes step through the scale 1-5, with no half values
		@SuppressWarnings("unchecked")
		List<String> ticks = (List<String>) page.evaluate("""
				() => {
				  const option = echarts.getInstanceByDom(document.querySelector('[data-rt-grid]')).getOption();
				  const format = option.xAxis[0].axisLabel.formatter;
				  return [0, 1, 2, 3, 4, 5, 6].map(format).filter(t => t !== '');
				}""");
		assertThat(ticks).containsExactly("1", "2", "3", "4", "5");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "roundtable-actor-charts");
		page.locator("[data-rt-grid]").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "roundtable-actor-grid.png")));
	}
}
