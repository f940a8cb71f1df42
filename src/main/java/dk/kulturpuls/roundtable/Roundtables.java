package dk.kulturpuls.roundtable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Organisations.Contact;
import dk.kulturpuls.organisations.Organisations.OrganisationView;
import dk.kulturpuls.platform.AuditTrail;

/**
 * The roundtable processes: actors and relations, workshops, attendance and minutes, assignments. Every change
 * is audited; ownership of assignments (who may deliver) is checked here.
 */
@Service
@Transactional
public class Roundtables {

	static final String BUDGET_OWNER = "roundtable";

	/** What the mission's text may contain: paragraphs, emphasis, lists, links, headings. */
	private static final Safelist MINUTES = Safelist.basic().addTags("h2", "h3", "h4");

	private final RoundtableRepository roundtables;
	private final ActorRepository actors;
	private final RelationRepository relations;
	private final WorkshopRepository workshops;
	private final AssignmentRepository assignments;
	private final Organisations organisations;
	private final Budgets budgets;
	private final AuditTrail audit;
	private final Clock clock;

	Roundtables(RoundtableRepository roundtables, ActorRepository actors, RelationRepository relations,
			WorkshopRepository workshops, AssignmentRepository assignments, Organisations organisations,
			Budgets budgets, AuditTrail audit, Clock clock) {
		this.roundtables = roundtables;
		this.actors = actors;
		this.relations = relations;
		this.workshops = workshops;
		this.assignments = assignments;
		this.organisations = organisations;
		this.budgets = budgets;
		this.audit = audit;
		this.clock = clock;
	}

	// processes

	public UUID create(String name, String purpose, int firstYear, int lastYear) {
		Roundtable roundtable = roundtables.save(new Roundtable(name, purpose, firstYear, lastYear, Instant.now(clock)));
		budgets.create(BUDGET_OWNER, roundtable.id(), firstYear, lastYear);
		audit.record("roundtable", roundtable.id().toString(), "created", name);
		return roundtable.id();
	}

	@Transactional(readOnly = true)
	public List<RoundtableView> all() {
		return roundtables.findAllByOrderByFirstYearAscNameAsc().stream().map(Roundtables::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<RoundtableView> find(UUID id) {
		return roundtables.findById(id).map(Roundtables::view);
	}

	@Transactional(readOnly = true)
	public Optional<RoundtableView> findByName(String name) {
		return roundtables.findFirstByName(name).map(Roundtables::view);
	}

	@Transactional(readOnly = true)
	public Optional<BudgetView> budget(UUID roundtable) {
		return budgets.findByOwner(BUDGET_OWNER, roundtable);
	}

	private static RoundtableView view(Roundtable r) {
		return new RoundtableView(r.id(), r.name(), r.purpose(), r.firstYear(), r.lastYear());
	}

	// actors

	public UUID addActor(UUID roundtable, OrganisationId organisation, SystemLevel level, int influence, int interest,
			String incentives, String frameConditions, boolean invited) {
		load(roundtable);
		if (organisations.find(organisation).isEmpty()) {
			throw new IllegalArgumentException("no such organisation");
		}
		if (actors.existsByRoundtableIdAndOrganisationId(roundtable, organisation.value())) {
			throw new IllegalStateException("roundtable.actor.exists");
		}
		Actor actor = actors.save(new Actor(roundtable, organisation.value(), level, influence, interest, incentives,
				frameConditions, invited));
		audit.record("roundtable", roundtable.toString(), "actor added", organisation + " " + level);
		return actor.id();
	}

	public void relate(UUID roundtable, UUID from, UUID to, RelationKind kind, int strength) {
		Actor a = actors.findById(from).filter(x -> x.roundtableId().equals(roundtable))
			.orElseThrow(() -> new IllegalArgumentException("no such actor"));
		Actor b = actors.findById(to).filter(x -> x.roundtableId().equals(roundtable))
			.orElseThrow(() -> new IllegalArgumentException("no such actor"));
		relations.save(new Relation(roundtable, a.id(), b.id(), kind, strength));
		audit.record("roundtable", roundtable.toString(), "relation added", from + " " + kind + " " + to);
	}

	@Transactional(readOnly = true)
	public ActorMap actorMap(UUID roundtable) {
		List<Actor> list = actors.findByRoundtableId(roundtable);
		Map<UUID, OrganisationView> byId = organisations.all().stream()
			.collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
		List<ActorMap.Node> nodes = list.stream().filter(a -> byId.containsKey(a.organisationId())).map(a -> {
			OrganisationView o = byId.get(a.organisationId());
			return new ActorMap.Node(a.id(), a.organisationId(), o.name(), o.type(), o.sector(), a.level(),
					a.influence(), a.interest(), a.incentives(), a.frameConditions(), a.invited());
		}).toList();
		List<ActorMap.Edge> edges = relations.findByRoundtableId(roundtable).stream()
			.map(r -> new ActorMap.Edge(r.fromActor(), r.toActor(), r.kind(), r.strength())).toList();
		return ActorMap.compute(nodes, edges);
	}

	/** The contact people of the organisations on the actor map: who can be invited to workshops. */
	@Transactional(readOnly = true)
	public List<Contact> participants(UUID roundtable) {
		return organisations.contactsOf(actors.findByRoundtableId(roundtable).stream()
			.map(a -> new OrganisationId(a.organisationId())).toList());
	}

	// workshops

	public UUID planWorkshop(UUID roundtable, int iteration, String title, LocalDate date, String venue,
			WorkshopTheme theme, String agenda) {
		Roundtable process = load(roundtable);
		if (iteration < process.firstYear() || iteration > process.lastYear()) {
			throw new IllegalArgumentException("roundtable.workshop.iteration.outside");
		}
		Workshop workshop = workshops.save(new Workshop(roundtable, iteration, title, date, venue, theme, agenda));
		audit.record("roundtable-workshop", workshop.id().toString(), "planned", title + " " + date);
		return workshop.id();
	}

	@Transactional(readOnly = true)
	public List<WorkshopView> workshops(UUID roundtable) {
		return workshops.findByRoundtableIdOrderByDateAsc(roundtable).stream().map(Workshop::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<WorkshopView> workshop(UUID id) {
		return workshops.findById(id).map(Workshop::view);
	}

	public void invite(UUID workshop, Set<UUID> contacts) {
		Workshop w = loadWorkshop(workshop);
		Set<UUID> allowed = participants(w.roundtableId()).stream().map(Contact::id).collect(Collectors.toSet());
		if (!allowed.containsAll(contacts)) {
			throw new IllegalArgumentException("only contact people of the actors can be invited");
		}
		w.invite(contacts);
		audit.record("roundtable-workshop", workshop.toString(), "invited", contacts.size() + " participants");
	}

	public void recordAttendance(UUID workshop, Set<UUID> contacts) {
		loadWorkshop(workshop).recordAttendance(contacts);
		audit.record("roundtable-workshop", workshop.toString(), "attendance", contacts.size() + " attended");
	}

	public void recordMinutes(UUID workshop, String minutes, String outputs) {
		loadWorkshop(workshop).recordMinutes(plain(minutes), plain(outputs));
		audit.record("roundtable-workshop", workshop.toString(), "minutes", "recorded");
	}

	/** Plain text as typed (its line breaks are its layout, see PlainText), or null when blank. */
	private static String plain(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The mission's text as formatted text: only the tags of {@link #MINUTES} survive, links get
	 * rel="nofollow".
	 */
	public static String sanitise(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		return Jsoup.clean(html, MINUTES);
	}

	// assignments

	/** The default due date of an assignment given at a workshop: the day before the next workshop, if any. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> defaultDueDate(UUID workshop) {
		Workshop w = loadWorkshop(workshop);
		return workshops.findByRoundtableIdOrderByDateAsc(w.roundtableId()).stream()
			.filter(o -> o.date().isAfter(w.date())).findFirst().map(o -> o.date().minusDays(1));
	}

	public UUID assign(UUID workshop, String task, UUID ownerContact, UUID ownerOrganisation, LocalDate dueDate) {
		Workshop w = loadWorkshop(workshop);
		LocalDate due = dueDate != null ? dueDate
				: defaultDueDate(workshop).orElseThrow(() -> new IllegalArgumentException("roundtable.assignment.dueDate.required"));
		if (ownerContact != null && participants(w.roundtableId()).stream().noneMatch(c -> c.id().equals(ownerContact))) {
			throw new IllegalArgumentException("the owner is not a participant");
		}
		Assignment assignment = assignments.save(new Assignment(w.roundtableId(), workshop, task, ownerContact,
				ownerOrganisation, due));
		audit.record("roundtable-assignment", assignment.id().toString(), "assigned", task + " due " + due);
		return assignment.id();
	}

	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(UUID roundtable) {
		return views(assignments.findByRoundtableIdOrderByDueDateAsc(roundtable));
	}

	@Transactional(readOnly = true)
	public List<AssignmentView> assignmentsOfWorkshop(UUID workshop) {
		return views(assignments.findByWorkshopIdOrderByDueDateAsc(workshop));
	}

	/** Every open assignment past its due date, across processes, oldest first. */
	@Transactional(readOnly = true)
	public List<AssignmentView> overdue() {
		return views(assignments.findAllByOrderByDueDateAsc()).stream().filter(AssignmentView::overdue).toList();
	}

	/** Whether the user owns the assignment: as its contact person, or as a contact person of its organisation. */
	@Transactional(readOnly = true)
	public boolean owns(UUID assignment, String username) {
		Assignment a = assignments.findById(assignment).orElse(null);
		if (a == null) {
			return false;
		}
		return organisations.contactsOfUser(username).stream().anyMatch(c -> c.id().equals(a.ownerContact())
				|| c.organisation().value().equals(a.ownerOrganisation()));
	}

	public void deliver(UUID assignment, String username, String note, String fileName, String fileType,
			byte[] content) {
		if (!owns(assignment, username)) {
			throw new SecurityException("not the owner");
		}
		Assignment a = assignments.findById(assignment).orElseThrow();
		a.deliver(note, fileName, fileType, content, username, Instant.now(clock));
		audit.record("roundtable-assignment", assignment.toString(), "delivered",
				fileName == null ? "note" : fileName);
	}

	public void accept(UUID assignment) {
		assignments.findById(assignment).orElseThrow().accept();
		audit.record("roundtable-assignment", assignment.toString(), "accepted", "");
	}

	/** The delivered file: name, type and content. */
	@Transactional(readOnly = true)
	public Optional<DeliveredFile> deliveredFile(UUID assignment) {
		return assignments.findById(assignment).filter(a -> a.fileContent() != null)
			.map(a -> new DeliveredFile(a.fileName(), a.fileType(), a.fileContent()));
	}

	public record DeliveredFile(String name, String type, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Optional<AssignmentView> assignment(UUID id) {
		return assignments.findById(id).map(a -> views(List.of(a)).get(0));
	}

	// participants

	/** What a participant sees: the workshops they are invited to and the assignments they own. */
	public record ParticipantView(List<WorkshopView> workshops, List<AssignmentView> assignments,
			Map<UUID, String> roundtableNames) {
	}

	@Transactional(readOnly = true)
	public ParticipantView forParticipant(String username) {
		List<Contact> contacts = organisations.contactsOfUser(username);
		Set<UUID> contactIds = contacts.stream().map(Contact::id).collect(Collectors.toSet());
		Set<UUID> organisationIds = contacts.stream().map(c -> c.organisation().value()).collect(Collectors.toSet());
		List<WorkshopView> mine = workshops.findAll().stream().map(Workshop::view)
			.filter(w -> w.invited().stream().anyMatch(contactIds::contains))
			.sorted(Comparator.comparing(WorkshopView::date)).toList();
		List<AssignmentView> tasks = views(assignments.findAllByOrderByDueDateAsc().stream()
			.filter(a -> contactIds.contains(a.ownerContact()) || organisationIds.contains(a.ownerOrganisation()))
			.toList());
		Map<UUID, String> names = roundtables.findAll().stream()
			.collect(Collectors.toMap(Roundtable::id, Roundtable::name));
		return new ParticipantView(mine, tasks, names);
	}

	private List<AssignmentView> views(List<Assignment> list) {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, String> contactNames = new java.util.HashMap<>();
		Map<UUID, String> organisationNames = new java.util.HashMap<>();
		for (OrganisationView o : organisations.all()) {
			organisationNames.put(o.id().value(), o.name());
			o.contacts().forEach(c -> contactNames.put(c.id(), c.name() + " (" + o.name() + ")"));
		}
		return list.stream().map(a -> a.view(a.ownerContact() != null ? contactNames.get(a.ownerContact())
				: organisationNames.get(a.ownerOrganisation()), today)).toList();
	}

	private Roundtable load(UUID id) {
		return roundtables.findById(id).orElseThrow(() -> new IllegalArgumentException("no such roundtable"));
	}

	private Workshop loadWorkshop(UUID id) {
		return workshops.findById(id).orElseThrow(() -> new IllegalArgumentException("no such workshop"));
	}
}
