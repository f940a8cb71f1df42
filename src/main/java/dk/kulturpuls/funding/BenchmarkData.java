package dk.kulturpuls.funding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.budget.BudgetId;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * Data for the funding benchmarks (profile "benchmark", with "demo"), see docs/benchmarks.md: an open call with 500
 * applicant accounts ({@code rush001}..{@code rush500}, password {@value #PASSWORD}) that each have a complete draft,
 * for the deadline rush; and a closed call with 10,000 submitted applications spread over the 11 municipalities, the
 * target groups and offer types, for the officer's inbox. Idempotent; the calls have fixed ids.
 */
@Component("fundingBenchmarkData")
@Profile("benchmark")
@Order(40)
class BenchmarkData implements ApplicationRunner {

	static final UUID RUSH_CALL = UUID.nameUUIDFromBytes("kulturpuls-benchmark-rush".getBytes());
	static final UUID INBOX_CALL = UUID.nameUUIDFromBytes("kulturpuls-benchmark-inbox".getBytes());
	static final String PASSWORD = "benchmark-rush-2026";
	static final int APPLICANTS = 500;
	static final int INBOX_APPLICATIONS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

	private static final List<String> MUNICIPALITIES = List.of("0773", "0787", "0810", "0813", "0820", "0825",
			"0840", "0846", "0849", "0851", "0860");
	private static final List<String> OFFER_TYPES = List.of("vulnerable-citizens", "health-promoting-courses",
			"youth-education", "digital");
	private static final List<String> TARGET_GROUPS = List.of("children", "young-people",
			"youth-education-students", "vulnerable-groups", "hospital-patients", "elderly", "mental-health");

	private final PoolRepository pools;
	private final CallRepository calls;
	private final GrantApplicationRepository applications;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final Budgets budgets;
	private final Accounts accounts;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	BenchmarkData(PoolRepository pools, CallRepository calls, GrantApplicationRepository applications,
			ApplicantRepository applicants, ApplicantOrganisationRepository organisations, Budgets budgets,
			Accounts accounts, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.pools = pools;
		this.calls = calls;
		this.applications = applications;
		this.applicants = applicants;
		this.organisations = organisations;
		this.budgets = budgets;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Pool pool = pools.findFirstByNameDa("Puljen til mindre projekter").orElse(null);
		if (pool == null) {
			return;
		}
		if (!calls.existsById(RUSH_CALL)) {
			long started = System.nanoTime();
			rush(pool);
			log.info("Benchmark: {} applicants with complete drafts in {} s", APPLICANTS,
					(System.nanoTime() - started) / 1_000_000_000);
		}
		if (!calls.existsById(INBOX_CALL)) {
			long started = System.nanoTime();
			transactions.executeWithoutResult(status -> inbox(pool));
			log.info("Benchmark: {} submitted applications in {} s", INBOX_APPLICATIONS,
					(System.nanoTime() - started) / 1_000_000_000);
		}
	}

	private Call call(UUID id, Pool pool, String titleDa, String titleEn, Instant opens, Instant deadline) {
		Call call = new Call(pool.id(), LocalizedText.of(titleDa, titleEn),
				LocalizedText.of("Kun til belastningstest.", "For load tests only."), opens, deadline,
				Set.copyOf(OFFER_TYPES), Set.copyOf(TARGET_GROUPS));
		call.assignId(id);
		call.addCriterion(new Criterion(LocalizedText.of("Kvalitet", "Quality"), 60, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Effekt", "Effect"), 40, 5));
		call.publish();
		return call;
	}

	private void rush(Pool pool) {
		Instant now = Instant.now(clock);
		transactions.executeWithoutResult(status -> calls.save(call(RUSH_CALL, pool, "Fristløb (benchmark)",
				"Deadline rush (benchmark)", now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS))));
		LocalDate start = LocalDate.now(clock).plusMonths(2).withDayOfMonth(1);
		for (int n = 1; n <= APPLICANTS; n++) {
			String username = "rush%03d".formatted(n);
			if (!accounts.exists(username)) {
				accounts.create(username, "Ansøger " + username, username + "@benchmark.kulturpuls.invalid", PASSWORD,
						Set.of(Role.APPLICANT));
			}
			int i = n;
			transactions.executeWithoutResult(status -> {
				Call call = calls.findById(RUSH_CALL).orElseThrow();
				ApplicantOrganisation organisation = organisations
					.save(ApplicantOrganisation.artist("Kunstner " + username + " (benchmark)"));
				Applicant applicant = new Applicant(username, "Ansøger " + username,
						username + "@benchmark.kulturpuls.invalid", organisation.id(), null, now);
				applicant.verify(now);
				applicants.save(applicant);
				GrantApplication application = applications.save(
						new GrantApplication(call.id(), organisation.id(), username, now));
				application.describeProject("Fællessang for trivsel nr. " + i,
						"Et forløb med fællessang for borgere med stress, som testes under fristløbet.", start,
						start.plusMonths(4).minusDays(1), now);
				application.chooseOffer(OFFER_TYPES.get(i % 4), Set.of(TARGET_GROUPS.get(i % 7)), now);
				application.reach(Set.of(MUNICIPALITIES.get(i % 11)), now);
				application.planEvaluation("WEMWBS før og efter forløbet.", "WEMWBS", now);
				BudgetId budget = budgets.create(GrantApplication.BUDGET_OWNER, application.id(), start.getYear(),
						start.plusMonths(4).minusDays(1).getYear());
				UUID line = budgets.addLine(budget, "fee", "Honorar til korleder");
				budgets.plan(budget, line, start.getYear(), Money.ofKroner(20_000 + 50L * i));
			});
		}
	}

	private void inbox(Pool pool) {
		Instant now = Instant.now(clock);
		Instant opens = now.minus(60, ChronoUnit.DAYS);
		Call call = call(INBOX_CALL, pool, "Stor ansøgningsrunde (benchmark)", "Large round (benchmark)", opens,
				now.minus(1, ChronoUnit.DAYS));
		call.close();
		calls.saveAndFlush(call);
		Random random = new Random(42);
		List<UUID> organisationIds = new ArrayList<>();
		List<Object[]> organisationRows = new ArrayList<>();
		for (int o = 0; o < 2_000; o++) {
			UUID id = UUID.nameUUIDFromBytes(("benchmark-organisation-" + o).getBytes());
			organisationIds.add(id);
			organisationRows.add(new Object[] { id, "INDIVIDUAL", "Kulturaktør " + (o + 1) + " (benchmark)" });
		}
		jdbc.batchUpdate("insert into funding_applicant_organisation (id, kind, name) values (?, ?, ?)",
				organisationRows);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> groups = new ArrayList<>();
		String[] statuses = { "SUBMITTED", "SUBMITTED", "ELIGIBLE", "INELIGIBLE", "INFO_REQUESTED" };
		for (int n = 0; n < INBOX_APPLICATIONS; n++) {
			UUID id = UUID.nameUUIDFromBytes(("benchmark-application-" + n).getBytes());
			Instant submitted = opens.plusSeconds(random.nextInt(59 * 86_400));
			LocalDate start = LocalDate.now(clock).plusMonths(2 + random.nextInt(6)).withDayOfMonth(1);
			rows.add(new Object[] { id, INBOX_CALL, organisationIds.get(n % organisationIds.size()), "benchmark",
					Timestamp.from(submitted), Timestamp.from(submitted), statuses[random.nextInt(statuses.length)],
					"Kultur og trivsel nr. " + (n + 1) + " (benchmark)", "Et forløb med kunst og kultur for trivsel.",
					OFFER_TYPES.get(random.nextInt(4)), start, start.plusMonths(4).minusDays(1),
					"KP-BENCH-%06d".formatted(n + 1), Timestamp.from(submitted) });
			int reached = 1 + random.nextInt(3);
			int first = random.nextInt(11);
			for (int m = 0; m < reached; m++) {
				places.add(new Object[] { id, MUNICIPALITIES.get((first + m * 4) % 11) });
			}
			int groupCount = 1 + random.nextInt(2);
			int firstGroup = random.nextInt(7);
			for (int g = 0; g < groupCount; g++) {
				groups.add(new Object[] { id, TARGET_GROUPS.get((firstGroup + g * 3) % 7) });
			}
		}
		jdbc.batchUpdate("""
				insert into funding_application (id, call_id, organisation_id, created_by, created_at, updated_at,
				  status, title, summary, offer_type, start_date, end_date, receipt_number, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.batchUpdate("insert into funding_application_municipality (application_id, code) values (?, ?)", places);
		jdbc.batchUpdate("insert into funding_application_target_group (application_id, code) values (?, ?)", groups);
	}
}
