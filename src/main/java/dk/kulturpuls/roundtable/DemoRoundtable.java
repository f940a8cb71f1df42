package dk.kulturpuls.roundtable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.kulturpuls.budget.BudgetView;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.CoFundingRule;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.organisations.Organisations.OrganisationView;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Money;

/**
 * The national roundtable process 2025–2026 as recommended to the health committee (PRODUCT.md §4): its actors
 * and relations, six workshops in two iterations at real venues, the budget exactly as recommended with the
 * co-funding rule, and the health committee's 30 % (applied for before the process starts, pledged while it runs,
 * paid for a year gone by). By the clock of the day the
 * demo starts, a workshop already held has its attendance, minutes and outputs, and the assignments it gave are
 * delivered (and the older ones accepted); one not yet held is planned; the budget shows what the elapsed part of
 * each year has plausibly spent (a line whose event lies ahead has spent nothing). The
 * participants are demo people, marked "(demo)", with the demo account "participant" (password "demo").
 * Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(31)
class DemoRoundtable implements ApplicationRunner {

	static final String NAME = "Nationalt rundbord om kunst, kultur og mental sundhed 2025–2026";

	private final Roundtables roundtables;
	private final Organisations organisations;
	private final Budgets budgets;
	private final Accounts accounts;
	private final Clock clock;

	DemoRoundtable(Roundtables roundtables, Organisations organisations, Budgets budgets, Accounts accounts,
			Clock clock) {
		this.clock = clock;
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.budgets = budgets;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (roundtables.findByName(NAME).isPresent()) {
			return;
		}
		UUID id = roundtables.create(NAME,
				"En fælles referenceramme og et fremtidsbillede for missionsdrevet systemforandring: kunst og kultur "
						+ "som en del af indsatsen for mental sundhed.",
				2025, 2026);
		budget(id);
		if (!accounts.exists("participant")) {
			accounts.create("participant", "Mette Deltager (demo)", "participant@demo.kulturpuls.dk", "demo", Set.of(dk.kulturpuls.platform.Role.PARTICIPANT));
		}
		Map<String, UUID> actors = new LinkedHashMap<>();
		actor(id, actors, "Nationalt Center for Kunst og Mental Sundhed", SystemLevel.MACRO, 3, 5,
				"Samle viden og skabe et nationalt fagligt fællesskab.", "Afhænger af projektmidler.");
		actor(id, actors, "Region Nordjylland", SystemLevel.MESO, 5, 5,
				"Forebyggelse og aflastning af psykiatrien.", "Regionsrådets budget og sundhedsaftaler.");
		actor(id, actors, "Region Midtjylland", SystemLevel.MESO, 4, 2,
				"Erfaringer fra egne kultur- og sundhedsindsatser.", "Regionsrådets budget.");
		actor(id, actors, "KL", SystemLevel.MACRO, 5, 2, "Kommunernes økonomi og opgaver.",
				"Økonomiaftalen med staten.");
		actor(id, actors, "Kulturregion Nordjylland", SystemLevel.MESO, 3, 4, "Kulturaftalens mål.",
				"Kulturaftalen med staten.");
		actor(id, actors, "Kulturregion Midtjylland", SystemLevel.MESO, 2, 4, "Kulturaftalens mål.",
				"Kulturaftalen med staten.");
		actor(id, actors, "Nordea-fonden", SystemLevel.MACRO, 4, 3, "Gode liv og sundhed.", "Fondens strategi.");
		actor(id, actors, "Det Obelske Familiefond", SystemLevel.MACRO, 2, 2, "Kunst og sociale formål.",
				"Fondens uddelingspolitik.");
		actor(id, actors, "Aalborg Kommune", SystemLevel.MICRO, 2, 5, "Borgere tilbage i beskæftigelse.",
				"Beskæftigelseslovgivningen.");
		relate(id, actors, "Nationalt Center for Kunst og Mental Sundhed", "Region Nordjylland", RelationKind.COLLABORATES_WITH, 5);
		relate(id, actors, "Nationalt Center for Kunst og Mental Sundhed", "Region Midtjylland", RelationKind.COLLABORATES_WITH, 4);
		relate(id, actors, "Nationalt Center for Kunst og Mental Sundhed", "Kulturregion Nordjylland", RelationKind.COLLABORATES_WITH, 3);
		relate(id, actors, "Region Nordjylland", "Kulturregion Nordjylland", RelationKind.MEMBER_OF, 4);
		relate(id, actors, "Region Midtjylland", "Kulturregion Midtjylland", RelationKind.MEMBER_OF, 4);
		relate(id, actors, "Aalborg Kommune", "Kulturregion Nordjylland", RelationKind.MEMBER_OF, 3);
		relate(id, actors, "Aalborg Kommune", "KL", RelationKind.MEMBER_OF, 3);
		relate(id, actors, "Nordea-fonden", "Nationalt Center for Kunst og Mental Sundhed", RelationKind.FUNDS, 4);
		// Det Obelske Familiefond has no relation yet: an isolated actor the map points out

		Map<String, UUID> contacts = new LinkedHashMap<>();
		contact(contacts, "Nationalt Center for Kunst og Mental Sundhed", "Mette Deltager (demo)", "participant");
		contact(contacts, "Region Nordjylland", "Jens Region (demo)", null);
		contact(contacts, "Region Midtjylland", "Anne Midt (demo)", null);
		contact(contacts, "KL", "Peter Kommune (demo)", null);
		contact(contacts, "Kulturregion Nordjylland", "Sofie Kultur (demo)", null);
		contact(contacts, "Kulturregion Midtjylland", "Lars Kultur (demo)", null);
		contact(contacts, "Nordea-fonden", "Karin Fond (demo)", null);
		contact(contacts, "Det Obelske Familiefond", "Henrik Fond (demo)", null);
		contact(contacts, "Aalborg Kommune", "Maja Borger (demo)", null);

		List<Object[]> plan = List.of(
				new Object[] { 2025, "Workshop 1: Mobilisering og fælles viden", LocalDate.of(2025, 9, 10), WorkshopTheme.LEARN_ACROSS_KNOWLEDGE },
				new Object[] { 2025, "Workshop 2: Udfordr antagelserne", LocalDate.of(2025, 10, 22), WorkshopTheme.CHALLENGE_ASSUMPTIONS },
				new Object[] { 2025, "Workshop 3: Missionen visualiseret", LocalDate.of(2025, 12, 3), WorkshopTheme.CONCRETE_AND_VISUAL },
				new Object[] { 2026, "Workshop 4: Fremtidsscenarier", LocalDate.of(2026, 2, 25), WorkshopTheme.EXPLORE_FUTURE_SCENARIOS },
				new Object[] { 2026, "Workshop 5: Hele økosystemet", LocalDate.of(2026, 4, 15), WorkshopTheme.WHOLE_ECOSYSTEM },
				new Object[] { 2026, "Workshop 6: Anbefalinger og initiativer", LocalDate.of(2026, 6, 10), WorkshopTheme.CONCRETE_AND_VISUAL });
		List<String> venues = List.of("Nordkraft, Aalborg", "Godsbanen, Aarhus", "Utzon Center, Aalborg",
				"Dokk1, Aarhus", "Musikkens Hus, Aalborg", "Kunsten, Aalborg");
		LocalDate today = LocalDate.now(clock);
		List<UUID> contactList = new ArrayList<>(contacts.values());
		Set<UUID> everyone = Set.copyOf(contactList);
		List<UUID> held = new ArrayList<>();
		for (int i = 0; i < plan.size(); i++) {
			Object[] w = plan.get(i);
			UUID workshop = roundtables.planWorkshop(id, (Integer) w[0], (String) w[1], (LocalDate) w[2],
					venues.get(i), (WorkshopTheme) w[3], "Velkomst, oplæg, arbejde i grupper, opsamling.");
			roundtables.invite(workshop, everyone);
			if (((LocalDate) w[2]).isBefore(today)) {
				// one or two of the nine are prevented each time, never the same ones
				Set<UUID> attended = new java.util.LinkedHashSet<>(contactList);
				attended.remove(contactList.get((2 + 3 * i) % contactList.size()));
				if (i % 2 == 1) {
					attended.remove(contactList.get((4 + 3 * i) % contactList.size()));
				}
				roundtables.recordAttendance(workshop, attended);
				roundtables.recordMinutes(workshop, MINUTES[i], OUTPUTS[i]);
				held.add(workshop);
			}
		}
		UUID centre = contacts.get("Nationalt Center for Kunst og Mental Sundhed");
		List<WorkshopView> workshops = roundtables.workshops(id);
		UUID first = workshops.get(0).id();
		UUID task = roundtables.assign(first,
				"Saml jeres organisations erfaringer med kunst og mental sundhed på én side.", centre, null, null);
		if (held.contains(first)) {
			roundtables.deliver(task, "participant",
					"Vores erfaringer fra tre forløb med kunst på recept, samlet på én side (demo).", null, null, null);
			if (held.size() > 1) {
				roundtables.accept(task);
			}
		}
		if (held.size() > 1) {
			UUID second = roundtables.assign(held.get(held.size() - 1),
					"Giv jeres kommentarer til udkastet til missionen før næste workshop.", centre, null,
					held.size() < workshops.size() ? null : workshops.get(workshops.size() - 1).date().plusDays(14));
			if (roundtables.assignment(second).map(a -> a.dueDate().isBefore(today)).orElse(false)) {
				roundtables.deliver(second, "participant", "Kommentarer sendt som tekst (demo).", null, null, null);
			}
		}
		spend(id, today);
	}

	/** Minutes of each workshop as the secretariat writes them (demo text), with its breaks and lists. */
	private static final String[] MINUTES = {
			"""
					Velkomst ved sekretariatet og præsentation af deltagerne.

					Oplæg om kultur på recept i Nordjylland og erfaringerne fra de første forløb.

					Drøftelse i grupper:
					- Hvad ved vi allerede om kunst og mental sundhed?
					- Hvilke aktører mangler omkring bordet?
					- Hvad skal være lykkedes om to år?""",
			"""
					Opfølgning på opgaverne fra workshop 1: fire ud af ni organisationer havde afleveret.

					Grupperne udfordrede tre antagelser:
					- at kulturtilbud kun når de ressourcestærke
					- at effekten ikke kan måles
					- at finansieringen må komme fra projektmidler

					Første udkast til anbefalinger blev skrevet sammen.""",
			"""
					Udkastet til missionen blev vist som visual og kortfilm og justeret i plenum.

					Prikafstemning om de første anbefalinger; resultatet ligger under anbefalinger.

					Aftalt: sekretariatet skriver midtvejsevalueringen og sender den i høring.""",
			"""
					Tre fremtidsscenarier for 2035 blev gennemspillet i grupper.

					Region og kommuner pegede på sundhedsaftalerne som det sted, hvor kultur kan forankres.""",
			"""
					Hele økosystemet var samlet for første gang: fonde, kommuner, regioner og kulturinstitutioner.

					Initiativerne blev vurderet på modenhed og vist på kortet over aktører.""",
			"""
					Endelig prioritering af anbefalingerne og de initiativer, der går videre til konferencen.""" };

	private static final String[] OUTPUTS = {
			"""
					- Liste over 14 aktører, der bør inviteres
					- Fælles billede af eksisterende viden""",
			"""
					- 8 udkast til anbefalinger
					- Opgave: kommentarer til missionen""",
			"""
					- Missionen, version 3
					- Prioriterede anbefalinger (prikafstemning)""",
			"""
					- Tre fremtidsscenarier""",
			"""
					- Vurderede initiativer""",
			"""
					- Endelige anbefalinger""" };

	/**
	 * What each line has spent by today: a year gone by spends close to its plan, the running year its elapsed part;
	 * the lines tied to an event (the mission's visualisation, the conference) spend once the event is past.
	 */
	private void spend(UUID id, LocalDate today) {
		BudgetView budget = roundtables.budget(id).orElseThrow();
		double[] variation = { 0.98, 1.03, 0.91, 1.12, 0.96, 0.99, 1.0, 1.01 };
		for (int year = 2025; year <= 2026; year++) {
			LocalDate start = LocalDate.of(year, 1, 1);
			LocalDate end = LocalDate.of(year, 12, 31);
			if (!today.isAfter(start)) {
				continue;
			}
			double elapsed = today.isAfter(end) ? 1.0
					: (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end.plusDays(1));
			for (int i = 0; i < budget.lines().size(); i++) {
				var line = budget.lines().get(i);
				long planned = line.planned().get(year - budget.years().get(0)).ore() / 100;
				if (planned == 0) {
					continue;
				}
				double share = elapsed;
				if (line.text().startsWith("Visualisering")) {
					share = today.isAfter(LocalDate.of(2025, 12, 19)) ? 1.0 : 0.0;
				}
				else if (line.text().startsWith("Afsluttende konference")) {
					share = today.isAfter(LocalDate.of(2026, 12, 3)) ? 0.9 : 0.08 * elapsed;
				}
				long spent = Math.round(planned * share * variation[i % variation.length] / 100) * 100;
				if (spent > 0) {
					budgets.spend(budget.id(), line.id(), year, Money.ofKroner(spent));
				}
			}
		}
	}

	private void budget(UUID id) {
		BudgetView budget = roundtables.budget(id).orElseThrow();
		line(budget, "Sekretariatsleder, seniorkonsulent", 364_000, 364_000);
		line(budget, "Eventkoordinator og co-facilitator", 166_400, 166_400);
		line(budget, "Konsulentbistand / analyser", 100_000, 100_000);
		line(budget, "Transport", 46_000, 46_000);
		line(budget, "Workshops inkl. lokaler og forplejning", 90_000, 90_000);
		line(budget, "Visualisering af missionen", 100_000, 0);
		line(budget, "Afsluttende konference", 0, 300_000);
		line(budget, "Overhead inkl. sekretariatsdrift", 86_640, 106_640);
		budgets.replaceRules(budget.id(), List.of(CoFundingRule.anchorShare("Sundhedsudvalget", 30, FunderKind.FOUNDATION)));
		budgets.addFunding(budget.id(), "Sundhedsudvalget", FunderKind.COMMITTEE, 2025, Money.ofKroner(285_912),
				committee(2025));
		budgets.addFunding(budget.id(), "Sundhedsudvalget", FunderKind.COMMITTEE, 2026, Money.ofKroner(351_912),
				committee(2026));
	}

	/** The committee's share of a year: applied for before the process starts, pledged, paid once the year is over. */
	private FundingStatus committee(int year) {
		int now = LocalDate.now(clock).getYear();
		return now < 2025 ? FundingStatus.APPLIED : now > year ? FundingStatus.PAID : FundingStatus.PLEDGED;
	}

	private void line(BudgetView budget, String text, long y2025, long y2026) {
		UUID line = budgets.addLine(budget.id(), "cost", text);
		budgets.plan(budget.id(), line, 2025, Money.ofKroner(y2025));
		budgets.plan(budget.id(), line, 2026, Money.ofKroner(y2026));
	}

	private void actor(UUID id, Map<String, UUID> actors, String name, SystemLevel level, int influence, int interest,
			String incentives, String frame) {
		OrganisationView o = organisations.findByName(name).orElseThrow();
		actors.put(name, roundtables.addActor(id, o.id(), level, influence, interest, incentives, frame, true));
	}

	private void relate(UUID id, Map<String, UUID> actors, String from, String to, RelationKind kind, int strength) {
		roundtables.relate(id, actors.get(from), actors.get(to), kind, strength);
	}

	private void contact(Map<String, UUID> contacts, String organisation, String name, String username) {
		OrganisationView o = organisations.findByName(organisation).orElseThrow();
		UUID existing = o.contacts().stream().filter(c -> c.name().equals(name)).map(Organisations.Contact::id)
			.findFirst().orElse(null);
		contacts.put(organisation, existing != null ? existing
				: organisations.addContact(o.id(), name, null, null, username));
	}
}
