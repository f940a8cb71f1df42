package dk.kulturpuls.projects;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Benchmark data (profile "benchmark" only): 5,000 public projects spread over the municipalities — most in
 * North Jutland, some elsewhere — with target groups, inserted with JDBC batches. Names start with "Benchmark";
 * idempotent (tops up to the target).
 */
@Component
@Profile("benchmark")
@Order(41)
class BenchmarkProjects implements ApplicationRunner {

	static final int TARGET = 5_000;

	private static final Logger log = LoggerFactory.getLogger(BenchmarkProjects.class);

	private static final String[] OFFER_TYPES = { "vulnerable-citizens", "health-promoting-courses", "youth-education",
			"digital" };
	private static final String[] TARGET_GROUPS = { "children", "young-people", "youth-education-students",
			"vulnerable-groups", "hospital-patients", "elderly", "mental-health" };
	private static final String[] STATUSES = { "PLANNED", "ACTIVE", "ACTIVE", "COMPLETED" };

	private final JdbcTemplate jdbc;

	BenchmarkProjects(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = jdbc.queryForObject("select count(*) from projects_project where name like 'Benchmark %'",
				Integer.class);
		int missing = TARGET - (existing == null ? 0 : existing);
		if (missing <= 0) {
			return;
		}
		List<String> northJutland = jdbc.queryForList(
				"select code from geography_municipality where region_code = '1081' order by code", String.class);
		List<String> all = jdbc.queryForList("select code from geography_municipality order by code", String.class);
		SplittableRandom random = new SplittableRandom(7 + existing);
		List<Object[]> projects = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> groups = new ArrayList<>();
		for (int i = 0; i < missing; i++) {
			UUID id = UUID.randomUUID();
			LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365 * 5));
			LocalDate end = start.plusMonths(6 + random.nextInt(30));
			projects.add(new Object[] { id, "Benchmark projekt " + (existing + i), "Genereret projekt til måling.",
					"Benchmark Forening " + random.nextInt(300), OFFER_TYPES[random.nextInt(OFFER_TYPES.length)],
					Date.valueOf(start), Date.valueOf(end), STATUSES[random.nextInt(STATUSES.length)],
					random.nextInt(20) != 0, (long) (50_000 + random.nextInt(1_150_000)) * 100,
					Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")) });
			Set<String> codes = new LinkedHashSet<>();
			int reach = 1 + random.nextInt(3);
			for (int r = 0; r < reach; r++) {
				codes.add(random.nextInt(5) == 0 ? all.get(random.nextInt(all.size()))
						: northJutland.get(random.nextInt(northJutland.size())));
			}
			codes.forEach(code -> places.add(new Object[] { id, code }));
			Set<String> chosen = new LinkedHashSet<>();
			chosen.add(TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)]);
			chosen.add(TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)]);
			chosen.forEach(group -> groups.add(new Object[] { id, group }));
		}
		jdbc.batchUpdate("""
				insert into projects_project (id, name, summary, lead_organisation, offer_type, start_date, end_date,
				    status, publicly_visible, grant_amount_ore, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", projects);
		jdbc.batchUpdate("insert into projects_project_municipality (project_id, municipality_code) values (?, ?)",
				places);
		jdbc.batchUpdate("insert into projects_project_target_group (project_id, target_group) values (?, ?)", groups);
		log.info("Inserted {} benchmark projects", missing);
	}
}
