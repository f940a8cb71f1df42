package dk.kulturpuls.roundtable.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.roundtable.ActorMap;
import dk.kulturpuls.roundtable.AssignmentStatus;
import dk.kulturpuls.roundtable.AssignmentView;
import dk.kulturpuls.roundtable.RoundtableView;
import dk.kulturpuls.roundtable.Roundtables;
import dk.kulturpuls.roundtable.SystemLevel;
import dk.kulturpuls.roundtable.WorkshopView;
import dk.kulturpuls.roundtable.initiatives.Initiatives;
import dk.kulturpuls.roundtable.initiatives.Maturity;
import dk.kulturpuls.roundtable.mission.Missions;
import dk.kulturpuls.roundtable.recommendations.RecommendationStatus;
import dk.kulturpuls.roundtable.recommendations.RecommendationType;
import dk.kulturpuls.roundtable.recommendations.Recommendations;
import dk.kulturpuls.roundtable.recommendations.Recommendations.RecommendationView;

/**
 * The final report and the mid-term evaluation of a process, both read from the process's own data: mission,
 * recommendations, initiatives, actor map, workshops, assignments and budget. Nothing is stored: the report is
 * as current as the data.
 */
@Service
@Transactional(readOnly = true)
public class RoundtableReports {

	private final Roundtables roundtables;
	private final Missions missions;
	private final Recommendations recommendations;
	private final Initiatives initiatives;
	private final dk.kulturpuls.roundtable.process.Milestones milestones;
	private final Clock clock;

	RoundtableReports(Roundtables roundtables, Missions missions, Recommendations recommendations,
			Initiatives initiatives, dk.kulturpuls.roundtable.process.Milestones milestones, Clock clock) {
		this.milestones = milestones;
		this.roundtables = roundtables;
		this.missions = missions;
		this.recommendations = recommendations;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	/** Recommendations of one type, split by system level (levels without any are left out). */
	public record TypeGroup(RecommendationType type, List<LevelGroup> levels) {
	}

	public record LevelGroup(SystemLevel level, List<RecommendationView> recommendations) {
	}

	/** A workshop in the summary: held when its date has passed; attendance of the invited. */
	public record WorkshopLine(WorkshopView workshop, boolean held, int invited, int attended, Integer attendancePercent) {
	}

	public record Report(RoundtableView roundtable, LocalDate date, Optional<Missions.VersionView> mission,
			int missionVersions, List<Missions.ArtefactView> artefacts, List<Missions.EndorsementView> endorsements,
			List<TypeGroup> recommendations, int recommendationCount, Map<UUID, Integer> dots,
			Maturity.Ranking initiatives, ActorMap actorMap, List<WorkshopLine> workshops,
			Optional<BudgetView> budget) {
	}

	/** Assignment counts: delivered counts both delivered and accepted ones. */
	public record AssignmentCounts(int total, int open, int delivered, int accepted, int overdue) {
	}

	public record BudgetYear(int year, Money planned, Money actual, Integer spentPercent) {
	}

	public record Evaluation(RoundtableView roundtable, LocalDate date, List<WorkshopLine> workshops, int held,
			Integer averageAttendancePercent, AssignmentCounts assignments, List<AssignmentView> overdue,
			List<Missions.VersionView> missionVersions, int endorsements,
			Map<RecommendationStatus, Long> recommendationsByStatus,
			Map<RecommendationType, Long> recommendationsByType, int recommendationCount,
			List<BudgetYear> budgetYears, Optional<BudgetYear> budgetTotal,
			List<dk.kulturpuls.roundtable.process.MilestoneView> milestones) {
	}

	public Optional<Report> report(UUID roundtable) {
		return roundtables.find(roundtable).map(r -> {
			List<RecommendationView> kept = recommendations.all(roundtable).stream()
				.filter(x -> x.status() != RecommendationStatus.SET_ASIDE).toList();
			return new Report(r, LocalDate.now(clock), missions.current(roundtable),
					missions.versions(roundtable).size(), missions.artefacts(roundtable),
					missions.endorsements(roundtable), byTypeAndLevel(kept), kept.size(), dots(roundtable),
					initiatives.ranking(roundtable), roundtables.actorMap(roundtable), workshops(roundtable),
					roundtables.budget(roundtable));
		});
	}

	/** The PDF can hold PNG and JPEG images (openhtmltopdf reads them with ImageIO); WebP stays as its text. */
	static final java.util.Set<String> PDF_IMAGE_TYPES = java.util.Set.of("image/png", "image/jpeg");

	/**
	 * The mission's uploaded images as data: URIs for the PDF, by artefact id. openhtmltopdf resolves an image's
	 * address against the document's base URI and fetches it without the secretariat's session, so the web page's
	 * address of a mission file never loads in a PDF: the bytes go into the document instead.
	 */
	public Map<UUID, String> pdfImages(UUID roundtable) {
		Map<UUID, String> images = new HashMap<>();
		for (Missions.ArtefactView artefact : missions.artefacts(roundtable)) {
			if (artefact.isFile() && PDF_IMAGE_TYPES.contains(artefact.contentType())) {
				try {
					missions.file(roundtable, artefact.id()).ifPresent(file -> {
						try (java.io.InputStream in = file.content()) {
							images.put(artefact.id(), "data:" + file.contentType() + ";base64,"
									+ java.util.Base64.getEncoder().encodeToString(in.readAllBytes()));
						}
						catch (java.io.IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					});
				}
				catch (java.io.IOException | java.io.UncheckedIOException e) {
					// a file missing from the storage is left as its text alternative
				}
			}
		}
		return images;
	}

	public Optional<Evaluation> evaluation(UUID roundtable) {
		return roundtables.find(roundtable).map(r -> {
			List<WorkshopLine> workshops = workshops(roundtable);
			List<WorkshopLine> held = workshops.stream().filter(WorkshopLine::held).toList();
			int invitedHeld = held.stream().mapToInt(WorkshopLine::invited).sum();
			int attendedHeld = held.stream().mapToInt(WorkshopLine::attended).sum();
			List<AssignmentView> assignments = roundtables.assignments(roundtable);
			AssignmentCounts counts = new AssignmentCounts(assignments.size(),
					count(assignments, AssignmentStatus.OPEN),
					count(assignments, AssignmentStatus.DELIVERED) + count(assignments, AssignmentStatus.ACCEPTED),
					count(assignments, AssignmentStatus.ACCEPTED),
					(int) assignments.stream().filter(AssignmentView::overdue).count());
			List<RecommendationView> all = recommendations.all(roundtable);
			Map<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
			Arrays.stream(RecommendationStatus.values()).forEach(s -> byStatus.put(s,
					all.stream().filter(x -> x.status() == s).count()));
			Map<RecommendationType, Long> byType = new EnumMap<>(RecommendationType.class);
			Arrays.stream(RecommendationType.values()).forEach(t -> byType.put(t,
					all.stream().filter(x -> x.type() == t).count()));
			Optional<BudgetView> budget = roundtables.budget(roundtable);
			List<BudgetYear> years = budget.map(b -> java.util.stream.IntStream.range(0, b.years().size())
				.mapToObj(i -> budgetYear(b.years().get(i), b.plannedPerYear().get(i), b.actualPerYear().get(i)))
				.toList()).orElse(List.of());
			return new Evaluation(r, LocalDate.now(clock), workshops, held.size(),
					invitedHeld == 0 ? null : percent(attendedHeld, invitedHeld), counts,
					assignments.stream().filter(AssignmentView::overdue).toList(), missions.versions(roundtable),
					missions.endorsements(roundtable).size(), byStatus, byType, all.size(), years,
					budget.map(b -> budgetYear(0, b.plannedTotal(), b.actualTotal())), milestones.timeline(roundtable));
		});
	}

	private List<WorkshopLine> workshops(UUID roundtable) {
		LocalDate today = LocalDate.now(clock);
		return roundtables.workshops(roundtable).stream().map(w -> {
			boolean held = !w.date().isAfter(today);
			int invited = w.invited().size();
			int attended = w.attended().size();
			return new WorkshopLine(w, held, invited, attended,
					held && invited > 0 ? percent(attended, invited) : null);
		}).toList();
	}

	/** Every recommendation's dots over all the process's votes. */
	private Map<UUID, Integer> dots(UUID roundtable) {
		Map<UUID, Integer> dots = new HashMap<>();
		recommendations.votes(roundtable).forEach(v -> recommendations.result(v.id()).ifPresent(result -> result
			.ranking().forEach(r -> dots.merge(r.recommendation(), r.dots(), Integer::sum))));
		return dots;
	}

	static List<TypeGroup> byTypeAndLevel(List<RecommendationView> list) {
		return Arrays.stream(RecommendationType.values()).map(type -> new TypeGroup(type,
				Arrays.stream(SystemLevel.values())
					.map(level -> new LevelGroup(level, list.stream()
						.filter(r -> r.type() == type && r.level() == level)
						.sorted(Comparator.comparing(RecommendationView::title)).toList()))
					.filter(g -> !g.recommendations().isEmpty()).toList()))
			.filter(t -> !t.levels().isEmpty()).toList();
	}

	private static int count(List<AssignmentView> assignments, AssignmentStatus status) {
		return (int) assignments.stream().filter(a -> a.status() == status).count();
	}

	private static int percent(long part, long whole) {
		return (int) Math.round(100.0 * part / whole);
	}

	private static BudgetYear budgetYear(int year, Money planned, Money actual) {
		return new BudgetYear(year, planned, actual,
				planned.ore() == 0 ? null : percent(actual.ore(), planned.ore()));
	}
}
