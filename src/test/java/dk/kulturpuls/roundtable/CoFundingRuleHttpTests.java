package dk.kulturpuls.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.CoFundingRule;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.platform.Money;

/**
 * The roundtable's co-funding rule as the secretariat reads it on the budget page: the committee recognised by the
 * funder's kind, the two conditions (the committee's pledge of at least 30 %, foundations for the rest) each with
 * its state and figures, and an amount with øre refused with a message that asks for whole kroner.
 */
@ApplicationTest
class CoFundingRuleHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Roundtables roundtables;

	@Autowired
	Budgets budgets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** A process with the roundtable's budget of 2.126.080 kr. and its rule, and no funding yet. */
	UUID process() {
		UUID process = roundtables.create("Medfinansiering " + UUID.randomUUID().toString().substring(0, 8),
				"Test af reglen om medfinansiering", 2025, 2026);
		BudgetView budget = roundtables.budget(process).orElseThrow();
		UUID line = budgets.addLine(budget.id(), "cost", "Sekretariat");
		budgets.plan(budget.id(), line, 2025, Money.ofKroner(953_040));
		budgets.plan(budget.id(), line, 2026, Money.ofKroner(1_173_040));
		budgets.replaceRules(budget.id(),
				List.of(CoFundingRule.anchorShare("Sundhedsudvalget", FunderKind.COMMITTEE, 30, FunderKind.FOUNDATION)));
		return process;
	}

	HttpResponse<String> addFunding(WebSession session, UUID process, String funder, String kind, int year,
			String amount, String status) {
		String path = "/secretariat/roundtables/" + process + "/budget";
		return session.post(path + "/fundings", session.page(path),
				Map.of("funder", funder, "kind", kind, "fundingYear", year, "amount", amount, "status", status));
	}

	@Test
	void theRuleShowsBothConditionsWithTheirStateAndFigures() {
		UUID process = process();
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");
		String path = "/secretariat/roundtables/" + process + "/budget";

		Document empty = session.page(path);
		assertThat(empty.select("#budget-rule-0 .alert-text").first().text()).isEqualTo(
				"Sundhedsudvalget giver tilsagn om mindst 30 % af budgettet (637.824 kr.), forudsat at fonde finansierer resten.");
		assertThat(empty.select("#budget-rule-0 .alert-heading").text()).isEqualTo("Reglen er ikke opfyldt");

		// the committee's two years, one only applied for: the pledge is not there yet
		assertThat(addFunding(session, process, "Sundhedsudvalget", "COMMITTEE", 2025, "285.912", "APPLIED").statusCode())
			.isEqualTo(302);
		assertThat(addFunding(session, process, "Sundhedsudvalget", "COMMITTEE", 2026, "351.912", "PLEDGED").statusCode())
			.isEqualTo(302);
		Document applied = session.page(path);
		assertThat(applied.select("#budget-rule-0 .kp-rule-anchor").text())
			.startsWith("Sundhedsudvalget giver mindst 30 % (637.824 kr.): ikke opfyldt.")
			.contains("Tilsagn og bevillinger: 351.912 kr. (16,5 % af budgettet).",
					"Ansøgt, endnu ikke sikret: 285.912 kr.", "Mangler: 285.912 kr.",
					"Tæller med: finansiering af typen ”Politisk udvalg”.");

		// a pledge (not yet a committed grant) for the other year meets the committee's condition on its own
		String id2025 = budgets.findByOwner(Roundtables.BUDGET_OWNER, process).orElseThrow().fundings().get(0).id()
			.toString();
		session.post(path + "/fundings/" + id2025 + "/status", applied, Map.of("status", "PLEDGED"));
		Document pledged = session.page(path);
		assertThat(pledged.select("#budget-rule-0 .kp-rule-anchor").text())
			.startsWith("Sundhedsudvalget giver mindst 30 % (637.824 kr.): opfyldt.")
			.contains("637.824 kr. (30,0 % af budgettet)").doesNotContain("Mangler");
		assertThat(pledged.select("#budget-rule-0 .kp-rule-rest").text())
			.isEqualTo("Fonde finansierer resten (1.488.256 kr.): ikke opfyldt. Sikret fra fonde: 0 kr. Mangler: 1.488.256 kr.");
		assertThat(pledged.select("#budget-rule-0 .alert-heading").text()).isEqualTo("Reglen er ikke opfyldt");

		// a public body is not a foundation; the foundations' pledges fund the rest
		addFunding(session, process, "Region Nordjylland", "PUBLIC", 2025, "100.000", "PAID");
		addFunding(session, process, "Nordea-fonden", "FOUNDATION", 2025, "667.128", "PLEDGED");
		Document partly = session.page(path);
		assertThat(partly.select("#budget-rule-0 .kp-rule-rest").text())
			.contains("ikke opfyldt", "Sikret fra fonde: 667.128 kr.", "Mangler: 821.128 kr.");
		addFunding(session, process, "Det Obelske Familiefond", "FOUNDATION", 2026, "821.128", "COMMITTED");
		Document full = session.page(path);
		assertThat(full.select("#budget-rule-0 .alert-heading").text()).isEqualTo("Reglen er opfyldt");
		assertThat(full.select("#budget-rule-0 .kp-rule-rest").text())
			.startsWith("Fonde finansierer resten (1.488.256 kr.): opfyldt.");
	}

	@Test
	void anAmountWithOreAsksForWholeKronerAndKeepsWhatWasTyped() {
		UUID process = process();
		WebSession session = WebSession.loggedIn(port, "secretariat", "demo");

		HttpResponse<String> response = addFunding(session, process, "Nordea-fonden", "FOUNDATION", 2025, "667.128,50",
				"PLEDGED");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#amount-error").text())
			.endsWith("Skriv beløbet i hele kroner uden øre, fx 667.128 kr. i stedet for 667.128,50 kr.");
		assertThat(page.select("#error-summary").text()).contains("hele kroner uden øre");
		assertThat(page.select("#amount").val()).isEqualTo("667.128,50");
		assertThat(page.select("#funder").val()).isEqualTo("Nordea-fonden");
		assertThat(budgets.findByOwner(Roundtables.BUDGET_OWNER, process).orElseThrow().fundings()).isEmpty();

		HttpResponse<String> zero = addFunding(session, process, "Nordea-fonden", "FOUNDATION", 2025, "0", "PLEDGED");
		assertThat(Jsoup.parse(zero.body()).select("#amount-error").text()).endsWith("Beløbet skal være større end 0 kr.");
	}

	@Test
	void theMigrationMakesTheHealthCommitteesRowsCommitteeRowsAndKeepsTheOthers() throws IOException {
		String script = new ClassPathResource("db/migration/budget/V2__add_committee_funder_kind.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> updates = Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
			.filter(s -> s.startsWith("update budget_funding")).toList();
		assertThat(updates).hasSize(1);
		UUID process = roundtables.create("Migrering " + UUID.randomUUID().toString().substring(0, 8), "Test", 2025,
				2026);
		BudgetView budget = roundtables.budget(process).orElseThrow();
		transactions.executeWithoutResult(status -> {
			// rows as they were before the committee kind: the committee typed as a public body
			insert(budget, "Sundhedsudvalget", "PUBLIC");
			insert(budget, " sundhedsudvalget ", "PUBLIC");
			insert(budget, "Region Nordjylland", "PUBLIC");
			insert(budget, "Nordea-fonden", "FOUNDATION");
			jdbc.sql(updates.get(0)).update();
			assertThat(jdbc.sql("select funder || '=' || kind from budget_funding where budget_id = :b order by position")
				.param("b", budget.id().value()).query(String.class).list())
				.containsExactly("Sundhedsudvalget=COMMITTEE", " sundhedsudvalget =COMMITTEE", "Region Nordjylland=PUBLIC",
						"Nordea-fonden=FOUNDATION");
			status.setRollbackOnly();
		});
	}

	private void insert(BudgetView budget, String funder, String kind) {
		jdbc.sql("""
				insert into budget_funding (id, budget_id, position, funder, kind, budget_year, amount_ore, status)
				values (:id, :b, (select count(*) from budget_funding where budget_id = :b), :funder, :kind, 2025, 100, 'PLEDGED')""")
			.param("id", UUID.randomUUID()).param("b", budget.id().value()).param("funder", funder).param("kind", kind)
			.update();
	}
}
