package dk.kulturpuls.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.projects.ProjectView;
import dk.kulturpuls.projects.Projects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The one disclosure-control layer: every outcome figure that leaves a project (the public dashboard, the open-data
 * API, the programme officer's pages) is read from a release made here, never computed by a page.
 * <p>
 * A release is a frozen snapshot with its date. Its protected unit is a project's contribution (a <em>basis</em>):
 * the complete pairs of one instrument and time point of one project, taken only when there are at least the
 * threshold of them. Every released figure is a sum over whole contributions, so that any difference between figures
 * (of two groupings, a group and the total, or two releases) is again a sum over whole contributions of at least the
 * threshold each. A project's contribution is renewed only when the participants it is computed from differ from
 * every earlier contribution of the project (also of the other time point) by none or at least the threshold, in both
 * directions; until then the earlier one is released again, and when a participant behind it has withdrawn, the
 * project is left out. Each project is counted in exactly one row of every grouping (a project in several
 * municipalities or target groups in the row "several"), so rows add up to the total. Counts of participants with an
 * attribute (improved, below the cut-off) are rounded to base 5 in each contribution, so shares reveal no small
 * count. The reasoning and what a reader can learn is in docs/outcomes.md.
 */
@Service
class OutcomeReleases {

	private static final Logger log = LoggerFactory.getLogger(OutcomeReleases.class);

	/** Releases are made by one node at a time (PostgreSQL advisory lock key). */
	private static final long LOCK = 0x4b50_0012L;

	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	/** The row of the projects counted in several groups of a grouping. */
	static final String SEVERAL = "*several";

	/** The row of the projects with no group of a grouping. */
	static final String NONE = "*none";

	/** The row of the projects that are not shown by name in public. */
	static final String OTHER = "*other";

	static final String TOTAL = "*total";

	static final List<TimePoint> AFTER_POINTS = List.of(TimePoint.END, TimePoint.FOLLOW_UP);

	public enum Grouping {
		offerType, targetGroup, municipality, project
	}

	public record Release(UUID id, int number, Instant releasedAt, int threshold, boolean containsDemo) {

		public LocalDate releasedOn() {
			return releasedAt.atZone(ZONE).toLocalDate();
		}
	}

	/**
	 * One row of a released table; {@code n} and every figure are null when the row has no contribution.
	 *
	 * @param projects the number of projects whose contributions are in the row
	 */
	public record Cell(String group, int projects, Integer n, Double meanBefore, Double meanAfter, Double meanChange,
			Double ciLow, Double ciHigh, Double shareImproved, Double shareWorse, Double shareLowBefore,
			Double shareLowAfter) {

		public boolean hasFigures() {
			return n != null;
		}
	}

	/**
	 * A released table.
	 *
	 * @param excludedProjects projects that measure the instrument but are left out of the release
	 */
	public record Table(Release release, String instrument, int instrumentVersion, TimePoint after, Grouping groupBy,
			Cell total, List<Cell> groups, int excludedProjects) {
	}

	/** A project's frozen contribution. */
	record Basis(UUID id, UUID projectId, TimePoint timePoint, Instant createdAt, Set<UUID> members, int n,
			double sumBefore, double sumAfter, double sumChange, double sumChangeSquares, int improved, int worse,
			Integer lowBefore, Integer lowAfter) {
	}

	/** One complete pair of the current data. */
	record Pair(UUID projectId, UUID participantId, double before, double after) {
	}

	private final JdbcClient jdbc;
	private final Projects projects;
	private final InstrumentCatalogue instruments;
	private final OutcomeAnalysis analysis;
	private final AuditTrail audit;
	private final Clock clock;
	private final int threshold;

	OutcomeReleases(JdbcClient jdbc, Projects projects, InstrumentCatalogue instruments, OutcomeAnalysis analysis,
			AuditTrail audit, Clock clock, @Value("${kulturpuls.outcomes.suppression-threshold:5}") int threshold) {
		if (threshold < 3) {
			throw new IllegalStateException("kulturpuls.outcomes.suppression-threshold is " + threshold
					+ "; it must be at least 3 (default 5)");
		}
		this.jdbc = jdbc;
		this.projects = projects;
		this.instruments = instruments;
		this.analysis = analysis;
		this.audit = audit;
		this.clock = clock;
		this.threshold = threshold;
	}

	int threshold() {
		return threshold;
	}

	/** The scheduled release (by default at 03:00 on the first of every month); one node makes it. */
	@Scheduled(cron = "${kulturpuls.outcomes.release-cron:0 0 3 1 * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "outcomes-scheduled-release", lockAtMostFor = "PT1H")
	void scheduled() {
		Optional<Release> latest = latest();
		if (latest.isPresent()
				&& latest.get().releasedAt().isAfter(Instant.now(clock).minus(Duration.ofHours(1)))) {
			return;
		}
		publish("scheduled").ifPresent(r -> log.info("Outcome release {} published", r.number()));
	}

	/**
	 * Makes a new release from the current answers.
	 *
	 * @param by who asked for it (an account's e-mail, or "scheduled")
	 * @return the release, or empty when another node is making one at the same moment
	 */
	@Transactional
	Optional<Release> publish(String by) {
		if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
			.query(Boolean.class).single())) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from outcomes_release").query(Integer.class)
			.single();
		boolean demo = jdbc.sql("select exists (select 1 from outcomes_participant where demo and withdrawn_at is null)")
			.query(Boolean.class).single();
		Release release = new Release(UUID.randomUUID(), number, now, threshold, demo);
		jdbc.sql("""
				insert into outcomes_release (id, number, released_at, threshold, contains_demo, released_by)
				values (:id, :number, :at, :threshold, :demo, :by)""")
			.param("id", release.id()).param("number", number).param("at", Timestamp.from(now))
			.param("threshold", threshold).param("demo", demo).param("by", by).update();
		List<ProjectView> all = projects.all();
		for (String code : instruments.all().stream().map(Instrument::code).distinct().toList()) {
			Instrument instrument = instruments.current(code).orElseThrow();
			Map<UUID, List<Basis>> earlier = bases(code);
			Map<UUID, Basis> chosenEnd = new HashMap<>();
			for (TimePoint after : AFTER_POINTS) {
				Map<UUID, List<Pair>> current = pairs(code, after).stream()
					.collect(Collectors.groupingBy(Pair::projectId, TreeMap::new, Collectors.toList()));
				List<Basis> released = new ArrayList<>();
				int excluded = 0;
				for (ProjectView project : all) {
					UUID id = project.id().value();
					List<Pair> pairs = current.getOrDefault(id, List.of());
					List<Basis> before = new ArrayList<>(earlier.getOrDefault(id, List.of()));
					if (after == TimePoint.FOLLOW_UP && chosenEnd.containsKey(id)) {
						before.add(chosenEnd.get(id));
					}
					Basis previous = earlier.getOrDefault(id, List.of()).stream()
						.filter(b -> b.timePoint() == after).max(Comparator.comparing(Basis::createdAt)).orElse(null);
					Basis basis = switch (choose(members(pairs), previous, before, threshold)) {
						case NEW -> store(basis(id, after, pairs, instrument, now), code);
						case REUSE -> previous;
						case EXCLUDE -> null;
					};
					if (basis != null) {
						released.add(basis);
						if (after == TimePoint.END) {
							chosenEnd.put(id, basis);
						}
					}
					else if (!pairs.isEmpty() || previous != null) {
						excluded++;
					}
				}
				storeCells(release, instrument, after, all, released, excluded);
			}
		}
		audit.record("outcomes-release", release.id().toString(), "published",
				"release " + number + " by " + by + ", threshold " + threshold);
		return Optional.of(release);
	}

	enum Choice {
		NEW, REUSE, EXCLUDE
	}

	/**
	 * Which contribution a project makes to a release.
	 *
	 * @param current the participants with a complete pair now
	 * @param previous the project's latest contribution of the same time point, or null
	 * @param published every contribution of the project released so far for the instrument, of any time point
	 */
	static Choice choose(Set<UUID> current, Basis previous, List<Basis> published, int threshold) {
		if (previous != null && previous.members().equals(current)) {
			return Choice.REUSE;
		}
		boolean newIsSafe = current.size() >= threshold
				&& published.stream().allMatch(b -> apart(current, b.members(), threshold));
		if (newIsSafe) {
			return Choice.NEW;
		}
		if (previous != null && current.containsAll(previous.members())) {
			return Choice.REUSE;
		}
		return Choice.EXCLUDE;
	}

	/** Two sets of participants whose difference in each direction is empty or at least the threshold. */
	static boolean apart(Set<UUID> a, Set<UUID> b, int threshold) {
		long onlyA = a.stream().filter(x -> !b.contains(x)).count();
		long onlyB = b.stream().filter(x -> !a.contains(x)).count();
		return (onlyA == 0 || onlyA >= threshold) && (onlyB == 0 || onlyB >= threshold);
	}

	private static Set<UUID> members(List<Pair> pairs) {
		Set<UUID> members = new HashSet<>();
		pairs.forEach(p -> members.add(p.participantId()));
		return members;
	}

	/** A count rounded to base 5 (0, 5, 10, ...), half up. */
	static int round5(int count) {
		return (int) (5 * Math.floor(count / 5.0 + 0.5));
	}

	Basis basis(UUID project, TimePoint after, List<Pair> pairs, Instrument instrument, Instant now) {
		double clinical = analysis.clinicalChange(instrument);
		double sumBefore = 0;
		double sumAfter = 0;
		double sumChange = 0;
		double sumSquares = 0;
		int improved = 0;
		int worse = 0;
		int lowBefore = 0;
		int lowAfter = 0;
		Double cutOff = instrument.lowWellbeingAtOrBelow() != null ? instrument.lowWellbeingAtOrBelow()
				: instrument.lonelyAtOrAbove();
		boolean atOrBelow = instrument.lowWellbeingAtOrBelow() != null;
		for (Pair p : pairs) {
			double change = p.after() - p.before();
			sumBefore += p.before();
			sumAfter += p.after();
			sumChange += change;
			sumSquares += change * change;
			double better = instrument.higherIsBetter() ? change : -change;
			if (better >= clinical) {
				improved++;
			}
			if (-better >= clinical) {
				worse++;
			}
			if (cutOff != null) {
				if (atOrBelow ? p.before() <= cutOff : p.before() >= cutOff) {
					lowBefore++;
				}
				if (atOrBelow ? p.after() <= cutOff : p.after() >= cutOff) {
					lowAfter++;
				}
			}
		}
		return new Basis(UUID.randomUUID(), project, after, now, members(pairs), pairs.size(), sumBefore, sumAfter,
				sumChange, sumSquares, round5(improved), round5(worse), cutOff == null ? null : round5(lowBefore),
				cutOff == null ? null : round5(lowAfter));
	}

	private Basis store(Basis b, String instrument) {
		jdbc.sql("""
				insert into outcomes_release_basis (id, project_id, instrument, time_point, created_at, n, sum_before,
				  sum_after, sum_change, sum_change_squares, improved, worse, low_before, low_after)
				values (:id, :project, :instrument, :tp, :at, :n, :sb, :sa, :sc, :sq, :imp, :worse, :lb, :la)""")
			.param("id", b.id()).param("project", b.projectId()).param("instrument", instrument)
			.param("tp", b.timePoint().name()).param("at", Timestamp.from(b.createdAt())).param("n", b.n())
			.param("sb", b.sumBefore()).param("sa", b.sumAfter()).param("sc", b.sumChange())
			.param("sq", b.sumChangeSquares()).param("imp", b.improved()).param("worse", b.worse())
			.param("lb", b.lowBefore()).param("la", b.lowAfter()).update();
		for (UUID member : b.members()) {
			jdbc.sql("insert into outcomes_release_member (basis_id, participant_id) values (:b, :p)")
				.param("b", b.id()).param("p", member).update();
		}
		return b;
	}

	private Map<UUID, List<Basis>> bases(String instrument) {
		Map<UUID, Set<UUID>> members = new HashMap<>();
		jdbc.sql("""
				select m.basis_id, m.participant_id from outcomes_release_member m
				join outcomes_release_basis b on b.id = m.basis_id where b.instrument = :i""")
			.param("i", instrument)
			.query(rs -> {
				members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
					.add(rs.getObject(2, UUID.class));
			});
		return jdbc.sql("""
				select id, project_id, time_point, created_at, n, sum_before, sum_after, sum_change,
				  sum_change_squares, improved, worse, low_before, low_after
				from outcomes_release_basis where instrument = :i order by created_at""")
			.param("i", instrument)
			.query((rs, row) -> new Basis(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					TimePoint.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
					members.getOrDefault(rs.getObject(1, UUID.class), Set.of()), rs.getInt(5), rs.getDouble(6),
					rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10), rs.getInt(11),
					(Integer) rs.getObject(12), (Integer) rs.getObject(13)))
			.list().stream().collect(Collectors.groupingBy(Basis::projectId));
	}

	/** The complete pairs (baseline and the time point) of participants who have not withdrawn. */
	private List<Pair> pairs(String instrument, TimePoint after) {
		return jdbc.sql("""
				select p.project_id, p.id, b.score, a.score from outcomes_participant p
				join outcomes_score b on b.participant_id = p.id and b.instrument = :i and b.time_point = 'BASELINE'
				join outcomes_score a on a.participant_id = p.id and a.instrument = :i and a.time_point = :after
				where p.withdrawn_at is null""")
			.param("i", instrument).param("after", after.name())
			.query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3),
					rs.getDouble(4)))
			.list();
	}

	/** Each project's row in a grouping: exactly one. */
	static String row(ProjectView project, Grouping grouping) {
		return switch (grouping) {
			case offerType -> project.offerType() == null || project.offerType().isBlank() ? NONE
					: project.offerType();
			case targetGroup -> one(project.targetGroups());
			case municipality -> one(project.municipalities());
			case project -> project.publiclyVisible() ? project.id().value().toString() : OTHER;
		};
	}

	private static String one(Set<String> keys) {
		if (keys == null || keys.isEmpty()) {
			return NONE;
		}
		return keys.size() == 1 ? keys.iterator().next() : SEVERAL;
	}

	private void storeCells(Release release, Instrument instrument, TimePoint after, List<ProjectView> all,
			List<Basis> released, int excluded) {
		Map<UUID, ProjectView> byId = all.stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		insertCell(release, instrument, after, "total", TOTAL, 0, pool(released), excluded);
		for (Grouping grouping : Grouping.values()) {
			Map<String, List<Basis>> rows = new TreeMap<>();
			all.forEach(p -> rows.putIfAbsent(row(p, grouping), new ArrayList<>()));
			released.forEach(b -> rows.get(row(byId.get(b.projectId()), grouping)).add(b));
			int position = 0;
			for (Map.Entry<String, List<Basis>> e : rows.entrySet()) {
				insertCell(release, instrument, after, grouping.name(), e.getKey(), ++position, pool(e.getValue()),
						excluded);
			}
		}
	}

	/** The pooled figures of whole contributions; null figures for none. */
	static Cell pool(List<Basis> bases) {
		int n = 0;
		double sb = 0;
		double sa = 0;
		double sc = 0;
		double sq = 0;
		int improved = 0;
		int worse = 0;
		Integer lowBefore = 0;
		Integer lowAfter = 0;
		for (Basis b : bases) {
			n += b.n();
			sb += b.sumBefore();
			sa += b.sumAfter();
			sc += b.sumChange();
			sq += b.sumChangeSquares();
			improved += b.improved();
			worse += b.worse();
			lowBefore = b.lowBefore() == null || lowBefore == null ? null : lowBefore + b.lowBefore();
			lowAfter = b.lowAfter() == null || lowAfter == null ? null : lowAfter + b.lowAfter();
		}
		if (n == 0) {
			return new Cell(null, 0, null, null, null, null, null, null, null, null, null, null);
		}
		double mean = sc / n;
		Double low = null;
		Double high = null;
		if (n >= 2) {
			double sd = Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
			double[] ci = PairedAnalysis.confidenceInterval(n, mean, sd);
			low = ci[0];
			high = ci[1];
		}
		return new Cell(null, bases.size(), n, sb / n, sa / n, mean, low, high, Math.min(1, improved / (double) n),
				Math.min(1, worse / (double) n), lowBefore == null ? null : Math.min(1, lowBefore / (double) n),
				lowAfter == null ? null : Math.min(1, lowAfter / (double) n));
	}

	private void insertCell(Release release, Instrument instrument, TimePoint after, String grouping, String key,
			int position, Cell c, int excluded) {
		jdbc.sql("""
				insert into outcomes_release_cell (release_id, instrument, instrument_version, time_point, grouping,
				  group_key, position, projects, excluded_projects, n, mean_before, mean_after, mean_change, ci_low,
				  ci_high, share_improved, share_worse, share_low_before, share_low_after)
				values (:r, :i, :v, :tp, :g, :k, :pos, :projects, :excluded, :n, :mb, :ma, :mc, :lo, :hi, :si, :sw,
				  :slb, :sla)""")
			.param("r", release.id()).param("i", instrument.code()).param("v", instrument.version())
			.param("tp", after.name()).param("g", grouping).param("k", key).param("pos", position)
			.param("projects", c.projects()).param("excluded", excluded).param("n", c.n())
			.param("mb", c.meanBefore()).param("ma", c.meanAfter()).param("mc", c.meanChange())
			.param("lo", c.ciLow()).param("hi", c.ciHigh()).param("si", c.shareImproved())
			.param("sw", c.shareWorse()).param("slb", c.shareLowBefore()).param("sla", c.shareLowAfter()).update();
	}

	/** The releases, newest first. */
	List<Release> releases() {
		return jdbc.sql("select id, number, released_at, threshold, contains_demo from outcomes_release order by number desc")
			.query((rs, n) -> new Release(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant(),
					rs.getInt(4), rs.getBoolean(5)))
			.list();
	}

	Optional<Release> latest() {
		return releases().stream().findFirst();
	}

	Optional<Release> release(int number) {
		return releases().stream().filter(r -> r.number() == number).findFirst();
	}

	/** A released table; empty when the release has no figures for the instrument. */
	Optional<Table> table(Release release, String instrument, TimePoint after, Grouping groupBy) {
		record Row(Cell cell, int version, int excluded) {
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select group_key, projects, n, mean_before, mean_after, mean_change, ci_low, ci_high, share_improved,
				  share_worse, share_low_before, share_low_after, instrument_version, excluded_projects, grouping
				from outcomes_release_cell where release_id = :r and instrument = :i and time_point = :tp
				  and grouping in ('total', :g)
				order by grouping = 'total', position""")
			.param("r", release.id()).param("i", instrument).param("tp", after.name()).param("g", groupBy.name())
			.query(rs -> {
				Cell cell = new Cell(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), dbl(rs, 4), dbl(rs, 5),
						dbl(rs, 6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9), dbl(rs, 10), dbl(rs, 11), dbl(rs, 12));
				rows.put(rs.getString(1), new Row(cell, rs.getInt(13), rs.getInt(14)));
			});
		Row total = rows.remove(TOTAL);
		if (total == null) {
			return Optional.empty();
		}
		return Optional.of(new Table(release, instrument, total.version(), after, groupBy, total.cell(),
				rows.values().stream().map(Row::cell).toList(), total.excluded()));
	}

	private static Double dbl(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? null : v;
	}
}
