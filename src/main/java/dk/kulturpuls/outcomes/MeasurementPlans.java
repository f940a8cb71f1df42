package dk.kulturpuls.outcomes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectId;

/**
 * Each project's measurement plan: which instrument is collected at which time point, the follow-up a given number
 * of months after the project's end. Links, paper entry and import accept only what the plan holds, and only while
 * the instrument is switched on.
 */
@Service
class MeasurementPlans {

	static final int MAX_FOLLOW_UP_MONTHS = 36;

	private final JdbcClient jdbc;
	private final InstrumentCatalogue instruments;
	private final InstrumentSettings settings;
	private final AuditTrail audit;

	MeasurementPlans(JdbcClient jdbc, InstrumentCatalogue instruments, InstrumentSettings settings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.settings = settings;
		this.audit = audit;
	}

	/** One planned measurement; {@code monthsAfterEnd} only for the follow-up. */
	public record Entry(String instrument, TimePoint timePoint, Integer monthsAfterEnd) {

		public String key() {
			return instrument + "/" + timePoint;
		}
	}

	/** A rule the submitted plan breaks: the field to fix, the message key and its arguments. */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	List<Entry> of(ProjectId project) {
		return jdbc.sql("select instrument, time_point, months_after_end from outcomes_plan_entry where project_id = :p")
			.param("p", project.value())
			.query((rs, n) -> new Entry(rs.getString(1), TimePoint.valueOf(rs.getString(2)),
					(Integer) rs.getObject(3)))
			.list().stream()
			.sorted(Comparator.comparing(Entry::instrument).thenComparing(Entry::timePoint)).toList();
	}

	/** The planned measurements that may be collected now: in the plan, and the instrument switched on. */
	List<Entry> collectable(ProjectId project) {
		return of(project).stream().filter(e -> settings.enabled(e.instrument())).toList();
	}

	boolean collectable(ProjectId project, String instrument, TimePoint timePoint) {
		return collectable(project).stream()
			.anyMatch(e -> e.instrument().equals(instrument) && e.timePoint() == timePoint);
	}

	/**
	 * Checks a submitted plan; every problem is reported at once.
	 *
	 * @param ticked the ticked entries ("WHO-5/BASELINE")
	 * @param months per instrument code, the follow-up's months after the end as typed
	 */
	List<Problem> check(Set<String> ticked, java.util.Map<String, String> months) {
		List<Problem> problems = new ArrayList<>();
		if (ticked.isEmpty()) {
			problems.add(new Problem("plan-" + instruments.all().getFirst().code() + "-BASELINE", "outcomes.plan.error.empty"));
		}
		for (String code : instruments.all().stream().map(Instrument::code).distinct().toList()) {
			boolean any = false;
			boolean baseline = ticked.contains(code + "/" + TimePoint.BASELINE);
			for (TimePoint tp : TimePoint.values()) {
				any |= ticked.contains(code + "/" + tp);
			}
			if (!any) {
				continue;
			}
			if (!settings.enabled(code)) {
				problems.add(new Problem("plan-" + code + "-BASELINE", "outcomes.plan.error.disabled", code));
			}
			if (!baseline) {
				problems.add(new Problem("plan-" + code + "-BASELINE", "outcomes.plan.error.baseline", code));
			}
			if (ticked.contains(code + "/" + TimePoint.FOLLOW_UP)) {
				Integer m = parseMonths(months.get(code));
				if (m == null) {
					problems.add(new Problem("months-" + code, "outcomes.plan.error.months", code, MAX_FOLLOW_UP_MONTHS));
				}
			}
		}
		for (String key : ticked) {
			String[] parts = key.split("/", 2);
			if (parts.length != 2 || instruments.current(parts[0]).isEmpty()
					|| java.util.Arrays.stream(TimePoint.values()).noneMatch(t -> t.name().equals(parts[1]))) {
				problems.add(new Problem("plan-" + instruments.all().getFirst().code() + "-BASELINE",
						"outcomes.plan.error.unknown", key));
			}
		}
		return problems;
	}

	static Integer parseMonths(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			int m = Integer.parseInt(typed.strip());
			return m >= 1 && m <= MAX_FOLLOW_UP_MONTHS ? m : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Replaces the project's plan by a checked one (see {@link #check}). */
	@Transactional
	void replace(ProjectId project, List<Entry> entries) {
		List<Entry> before = of(project);
		jdbc.sql("delete from outcomes_plan_entry where project_id = :p").param("p", project.value()).update();
		for (Entry e : entries) {
			jdbc.sql("""
					insert into outcomes_plan_entry (project_id, instrument, time_point, months_after_end)
					values (:p, :i, :tp, :m)""")
				.param("p", project.value()).param("i", e.instrument()).param("tp", e.timePoint().name())
				.param("m", e.timePoint() == TimePoint.FOLLOW_UP ? Objects.requireNonNull(e.monthsAfterEnd()) : null)
				.update();
		}
		audit.record("project", project.value().toString(), "measurement-plan-changed",
				describe(before) + " -> " + describe(entries));
	}

	/** Adds entries to a plan if missing (demo data and tests). */
	@Transactional
	void ensure(ProjectId project, List<Entry> entries) {
		List<Entry> merged = new ArrayList<>(of(project));
		Set<String> present = merged.stream().map(Entry::key).collect(Collectors.toSet());
		entries.stream().filter(e -> !present.contains(e.key())).forEach(merged::add);
		if (merged.size() > present.size()) {
			replace(project, merged);
		}
	}

	private static String describe(List<Entry> entries) {
		return entries.isEmpty() ? "(none)" : entries.stream()
			.map(e -> e.key() + (e.monthsAfterEnd() == null ? "" : "+" + e.monthsAfterEnd() + "m"))
			.sorted().collect(Collectors.joining(", "));
	}

}
