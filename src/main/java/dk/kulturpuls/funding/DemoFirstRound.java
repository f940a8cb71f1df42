package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.budget.BudgetId;
import dk.kulturpuls.budget.Budgets;
import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;

/**
 * A closed first round per pool with the real counts of the programme's first round — 10 signature applications
 * against DKK 4.0 M and 73 applications to the small pool against DKK 1.6 M — screened, with reviewers assigned and
 * partly scored, so that review, portfolio and decisions can be tried at once. Every title, organisation and call
 * is labelled "(demo)". Demo profile only; deterministic (fixed seed) and idempotent.
 */
@Component
@Profile("demo")
@Order(30)
class DemoFirstRound implements ApplicationRunner {

	static final String SIGNATURE_TITLE = "Første ansøgningsrunde: Signaturprojekter (demo)";
	static final String SMALL_TITLE = "Første ansøgningsrunde: Puljen til mindre projekter (demo)";

	/** Extra demo reviewers besides the platform's "reviewer" and "committee" (password "demo"). */
	static final List<String> EXTRA_REVIEWERS = List.of("bedoemmer1", "bedoemmer2", "bedoemmer3");

	private static final List<String> MUNICIPALITIES = List.of("0773", "0787", "0810", "0813", "0820", "0825",
			"0840", "0846", "0849", "0851", "0860");

	private static final List<String> TOWNS = List.of("Nykøbing Mors", "Thisted", "Brønderslev", "Frederikshavn",
			"Aars", "Læsø", "Støvring", "Hobro", "Aabybro", "Aalborg", "Hjørring");

	private static final List<String> OFFER_TYPES = List.of("vulnerable-citizens", "health-promoting-courses",
			"youth-education", "digital");

	private static final List<String> TARGET_GROUPS = List.of("children", "young-people",
			"youth-education-students", "vulnerable-groups", "hospital-patients", "elderly", "mental-health");

	/** Title pattern, summary, offer type, target group; {0} is the town. */
	private static final String[][] SMALL_PROJECTS = {
			{ "Kor for sindet i {0}", "Et ugentligt kor for borgere med angst og depression, ledet af en korleder og en sygeplejerske.", "health-promoting-courses", "mental-health" },
			{ "Kunst på recept i {0}", "Ti ugers kunstforløb på museet for borgere, som lægen henviser ved stress og let depression.", "vulnerable-citizens", "mental-health" },
			{ "Dans for ældre på plejecentret i {0}", "Siddedans og livemusik to gange om ugen for beboere og pårørende.", "health-promoting-courses", "elderly" },
			{ "Museumsvandringer med fortællinger fra {0}", "Rolige vandringer gennem samlingen med samtale om minder for ensomme ældre.", "vulnerable-citizens", "elderly" },
			{ "Skriveværksted for unge i {0}", "En forfatter skriver med unge om det, der fylder, og teksterne læses op i biblioteket.", "youth-education", "young-people" },
			{ "Sang i venteværelset på {0} Sygehus", "Musikere synger med børn og forældre i ventetiden på børneafdelingen.", "health-promoting-courses", "hospital-patients" },
			{ "Tegneskole for børn i sorg i {0}", "Små hold, hvor børn, der har mistet, tegner og maler med en billedkunstner.", "vulnerable-citizens", "children" },
			{ "Podcastværksted på produktionsskolen i {0}", "Elever laver podcasts om trivsel og får hjælp af en lydkunstner.", "digital", "youth-education-students" },
			{ "Teater med unge, der har trukket sig i {0}", "Improvisation og scenekunst i små trygge hold, der mødes efter skole.", "youth-education", "young-people" },
			{ "Strikkecafé og fortællinger i {0}", "Fortællere og strikkere mødes på biblioteket med borgere, der bor alene.", "vulnerable-citizens", "elderly" },
			{ "Naturfotografi for borgere med stress i {0}", "Fotovandringer ved kysten og en udstilling til sidst.", "health-promoting-courses", "mental-health" },
			{ "Digital fortælleklub for unge i {0}", "Unge laver korte film om deres hverdag sammen med en filmskaber.", "digital", "young-people" },
	};

	private static final String[][] SIGNATURE_PROJECTS = {
			{ "Kulturvenner Nordjylland (demo)", "Kulturvenner: fællesskab gennem kunst for ensomme voksne", "Frivillige kulturvenner følger ensomme borgere til koncerter, udstillinger og teater i tre år, og effekten måles med WEMWBS.", "vulnerable-citizens", "vulnerable-groups" },
			{ "Musikhuset Limfjord (demo)", "Syng dig stærk: kor og kropsbevidsthed for unge med angst", "Et treårigt korprogram for unge med angst i samarbejde med ungdomspsykiatrien og to ungdomsuddannelser.", "youth-education", "young-people" },
			{ "Nordjyske Museer (demo)", "Museet som trivselsrum: museumsvandringer på recept", "Almen praksis henviser borgere med stress og let depression til forløb på fem museer i regionen.", "health-promoting-courses", "mental-health" },
			{ "Dansescenen Nord (demo)", "Dans hele livet: dans for ældre på 20 plejecentre", "Professionelle dansere og plejepersonale udvikler en dansemetode, som plejecentrene selv kan fortsætte.", "health-promoting-courses", "elderly" },
			{ "Forfatterskolen for unge (demo)", "Ord mod mørket: skriveværksteder for unge i hele regionen", "Skriveværksteder på ungdomsuddannelser og i ungdomsklubber, hvor unge skriver om sårbarhed og håb.", "youth-education", "youth-education-students" },
			{ "Børnekulturhuset Spiren (demo)", "Kunst på børneafdelingen: kunstnere på Aalborg Universitetshospital", "Billedkunstnere, musikere og fortællere arbejder med indlagte børn og deres familier gennem to år.", "health-promoting-courses", "hospital-patients" },
			{ "Spillestedet Tagkammeret (demo)", "Lyd og fællesskab: musikværksteder for unge uden for uddannelse", "Unge uden job og uddannelse skriver og indspiller musik med professionelle musikere og en vejleder.", "vulnerable-citizens", "young-people" },
			{ "Kunstbygningen Vrå (demo)", "Kunstrecept Nord: kunst på recept i seks kommuner", "Et fælles kunst på recept-program med kommunernes sundhedscentre og lokale kunstnere.", "health-promoting-courses", "mental-health" },
			{ "Teatret Vendsyssel (demo)", "Scenen er din: teater med børn i sårbare familier", "Teaterforløb for børn og forældre i familier med psykisk sygdom, med familiebehandlere som partnere.", "vulnerable-citizens", "children" },
			{ "Digitalt Kulturfællesskab (demo)", "Kultur på skærmen: digitale fællesskaber for hjemmeboende", "Livestreamede koncerter og samtaler for borgere, der ikke kan komme ud, med tablets fra kommunen.", "digital", "elderly" },
	};

	private final PoolRepository pools;
	private final CallRepository calls;
	private final GrantApplicationRepository applications;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final Budgets budgets;
	private final Inbox inbox;
	private final Reviews reviews;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	DemoFirstRound(PoolRepository pools, CallRepository calls, GrantApplicationRepository applications,
			ApplicantRepository applicants, ApplicantOrganisationRepository organisations, Budgets budgets, Inbox inbox,
			Reviews reviews, Accounts accounts, AuditTrail audit, Clock clock) {
		this.pools = pools;
		this.calls = calls;
		this.applications = applications;
		this.applicants = applicants;
		this.organisations = organisations;
		this.budgets = budgets;
		this.inbox = inbox;
		this.reviews = reviews;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (calls.findAll().stream().anyMatch(c -> c.title().da().equals(SIGNATURE_TITLE))) {
			return;
		}
		Pool signature = pools.findFirstByNameDa("Signaturprojekter").orElse(null);
		Pool small = pools.findFirstByNameDa("Puljen til mindre projekter").orElse(null);
		if (signature == null || small == null) {
			return;
		}
		for (int i = 0; i < EXTRA_REVIEWERS.size(); i++) {
			String username = EXTRA_REVIEWERS.get(i);
			if (!accounts.exists(username)) {
				accounts.create(username, List.of("Birthe Bedømmer (demo)", "Jens Fagbedømmer (demo)",
						"Sofie Sundhedsfaglig bedømmer (demo)").get(i), username + "@demo.kulturpuls.dk", "demo",
						Set.of(i == 0 ? Role.COMMITTEE : Role.REVIEWER));
			}
		}
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(clock);
		int firstYear = today.getYear() + 1;
		signatureRound(signature, today, firstYear, random);
		smallRound(small, today, firstYear, random);
	}

	private void signatureRound(Pool pool, LocalDate today, int firstYear, Random random) {
		Call call = closedCall(pool, SIGNATURE_TITLE, "First round: Signature projects (demo)", today);
		call.addCriterion(new Criterion(LocalizedText.of("Effekt på mental trivsel", "Effect on mental wellbeing"), 30, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Eksperiment og nytænkning", "Experiment and innovation"), 25, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Partnerskab på tværs af sektorer", "Partnership across sectors"), 25, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Dokumentation og videndeling", "Documentation and knowledge sharing"), 20, 5));
		call = publish(call);
		Instant submittedAt = call.opensAt().plusSeconds(86_400);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < SIGNATURE_PROJECTS.length; i++) {
			String[] project = SIGNATURE_PROJECTS[i];
			// requests of 400,000–1,200,000 kr. over two years; the ten together ask about twice the budget
			long request = 400_000 + 50_000L * random.nextInt(17);
			long cost = Math.round(request / 0.75 / 1000) * 1000;
			long coFunding = cost - request;
			Set<String> reached = new LinkedHashSet<>();
			reached.add(MUNICIPALITIES.get(i % 11));
			reached.add(MUNICIPALITIES.get((i + 3 + random.nextInt(4)) % 11));
			if (i % 3 == 0) {
				reached.add("0851");
			}
			ApplicantOrganisation organisation = organisations.save(
					ApplicantOrganisation.organisation(project[0], cvr(90 + i)));
			UUID id = application(call, organisation, "demo-signatur-" + (i + 1), project[1], project[2], project[3],
					project[4], reached, LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 1, 12, 31),
					List.of(new long[] { firstYear, cost / 2 }, new long[] { firstYear + 1, cost - cost / 2 }),
					coFunding, "Region Nordjylland, sundhedsudvalget", submittedAt.plusSeconds(3600L * i));
			ids.add(id);
		}
		close(call);
		for (int i = 0; i < ids.size(); i++) {
			inbox.screen(ids.get(i), ApplicationStatus.ELIGIBLE, null);
			// the committee member and two reviewers on each; the demo "reviewer" and "committee" accounts are left
			// to declare and score, the extra reviewers have scored all but the last two
			ReviewAssignment a = reviews.insert(ids.get(i), "bedoemmer1", "officer");
			ReviewAssignment b = reviews.insert(ids.get(i), "bedoemmer2", "officer");
			reviews.insert(ids.get(i), "reviewer", "officer");
			reviews.insert(ids.get(i), "committee", "officer");
			if (i < ids.size() - 2) {
				score(a, 4, random);
				score(b, 4, random);
			}
		}
	}

	private void smallRound(Pool pool, LocalDate today, int firstYear, Random random) {
		Call call = closedCall(pool, SMALL_TITLE, "First round: Pool for smaller projects (demo)", today);
		call.addCriterion(new Criterion(LocalizedText.of("Kunstnerisk kvalitet", "Artistic quality"), 40, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Betydning for målgruppens trivsel",
				"Importance for the target group's wellbeing"), 40, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Gennemførlighed", "Feasibility"), 20, 5));
		call = publish(call);
		Instant submittedAt = call.opensAt().plusSeconds(86_400);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 73; i++) {
			int town = (i * 7 + random.nextInt(3)) % 11;
			String[] project = SMALL_PROJECTS[i % SMALL_PROJECTS.length];
			String title = project[0].replace("{0}", TOWNS.get(town)) + " (demo)";
			ApplicantOrganisation organisation = i % 2 == 0
					? organisations.save(ApplicantOrganisation.artist(ARTISTS[i % ARTISTS.length] + " (demo " + (i + 1) + ")"))
					: organisations.save(ApplicantOrganisation.organisation(
							ASSOCIATIONS[i % ASSOCIATIONS.length] + " " + TOWNS.get(town) + " (demo)", cvr(i)));
			long request = 15_000 + 1_000L * random.nextInt(36);
			int startMonth = 2 + random.nextInt(5);
			UUID id = application(call, organisation, "demo-lille-" + (i + 1), title, project[1], project[2], project[3],
					Set.of(MUNICIPALITIES.get(town)), LocalDate.of(firstYear, startMonth, 1),
					LocalDate.of(firstYear, startMonth, 1).plusMonths(3 + random.nextInt(3)).minusDays(1),
					List.<long[]> of(new long[] { firstYear, request }), 0, null, submittedAt.plusSeconds(600L * i));
			ids.add(id);
		}
		close(call);
		for (int i = 0; i < ids.size(); i++) {
			if (i % 24 == 23) {
				inbox.screen(ids.get(i), ApplicationStatus.INELIGIBLE,
						"Projektet foregår uden for Region Nordjylland (demo).");
				continue;
			}
			if (i >= 70) {
				continue; // three are not screened yet
			}
			inbox.screen(ids.get(i), ApplicationStatus.ELIGIBLE, null);
			String extra = EXTRA_REVIEWERS.get(1 + i % 2);
			ReviewAssignment a = reviews.insert(ids.get(i), extra, "officer");
			reviews.insert(ids.get(i), "reviewer", "officer");
			if (i % 10 != 9) {
				score(a, 3, random);
			}
		}
	}

	private static final String[] ARTISTS = { "Mette Lund, billedkunstner", "Anders Krogh, komponist",
			"Line Sørensen, danser", "Karim Haddad, forfatter", "Ida Mølgaard, sanger", "Thomas Bach, fotograf",
			"Signe Vestergaard, skuespiller", "Peter Holm, fortæller" };

	private static final String[] ASSOCIATIONS = { "Kulturforeningen", "Foreningen Sang og Sind", "Musikskolen",
			"Biblioteket", "Ungdomsskolen", "Kunstforeningen" };

	private Call closedCall(Pool pool, String titleDa, String titleEn, LocalDate today) {
		Call call = new Call(pool.id(), LocalizedText.of(titleDa, titleEn),
				LocalizedText.of("Demodata: programmets første ansøgningsrunde, lukket og klar til bedømmelse.",
						"Demo data: the programme's first round, closed and ready for review."),
				ZonedDateTime.of(today.minusDays(90), LocalTime.of(9, 0), Formats.ZONE).toInstant(),
				ZonedDateTime.of(today.minusDays(30), LocalTime.of(12, 0), Formats.ZONE).toInstant(),
				Set.copyOf(OFFER_TYPES), Set.copyOf(TARGET_GROUPS));
		return call;
	}

	private Call publish(Call call) {
		call.publish();
		Call saved = calls.save(call);
		audit.record("call", saved.id().value().toString(), "published", saved.title().da());
		return saved;
	}

	private void close(Call call) {
		call.close();
		calls.save(call);
		audit.record("call", call.id().value().toString(), "closed", call.title().da());
	}

	private UUID application(Call call, ApplicantOrganisation organisation, String username, String title,
			String summary, String offerType, String targetGroup, Set<String> municipalities, LocalDate start,
			LocalDate end, List<long[]> costsPerYear, long coFunding, String coFunder, Instant submittedAt) {
		Applicant applicant = applicants.findById(username).orElseGet(() -> {
			Applicant created = new Applicant(username, "Kontaktperson for " + organisation.name(),
					username + "@demo.kulturpuls.invalid", organisation.id(), null, submittedAt);
			created.verify(submittedAt);
			return applicants.save(created);
		});
		GrantApplication application = applications.save(
				new GrantApplication(call.id(), organisation.id(), applicant.username(), submittedAt.minusSeconds(86_400)));
		application.describeProject(title, summary, start, end, submittedAt);
		application.chooseOffer(offerType, Set.of(targetGroup), submittedAt);
		application.reach(municipalities, submittedAt);
		application.addPartner(new Partner("Kommunens sundhedscenter (demo)", "Henviser deltagere og deler viden"),
				submittedAt);
		application.planEvaluation("Trivsel måles med WEMWBS før og efter forløbet, og deltagerne interviewes.",
				"WEMWBS", submittedAt);
		BudgetId budget = budgets.create(GrantApplication.BUDGET_OWNER, application.id(), start.getYear(),
				end.getYear());
		UUID fees = budgets.addLine(budget, "fee", "Honorarer til kunstnere");
		UUID venue = budgets.addLine(budget, "venue", "Lokaler og materialer");
		for (long[] year : costsPerYear) {
			long feesPart = Math.round(year[1] * 0.7);
			budgets.plan(budget, fees, (int) year[0], new Money(feesPart * 100));
			budgets.plan(budget, venue, (int) year[0], new Money((year[1] - feesPart) * 100));
		}
		if (coFunding > 0) {
			int years = costsPerYear.size();
			for (int i = 0; i < years; i++) {
				long part = i == years - 1 ? coFunding - coFunding / years * (years - 1) : coFunding / years;
				budgets.addFunding(budget, coFunder, FunderKind.PUBLIC, (int) costsPerYear.get(i)[0],
						Money.ofKroner(part), FundingStatus.PLEDGED);
			}
		}
		application.submit(call, "KP-DEMO-" + username.toUpperCase(java.util.Locale.ROOT), submittedAt);
		return application.id();
	}

	private void score(ReviewAssignment assignment, int base, Random random) {
		ReviewAssignment current = assignment;
		reviews.declare(current.reviewer(), current.id(), false, null, null);
		Map<Integer, Integer> scores = new HashMap<>();
		Map<Integer, String> comments = new HashMap<>();
		int criteria = calls.findById(current.callId()).orElseThrow().criteria().size();
		for (int c = 0; c < criteria; c++) {
			scores.put(c, Math.max(1, Math.min(5, base - 1 + random.nextInt(3))));
		}
		comments.put(0, "Demo-bedømmelse: klart formål og realistisk plan.");
		reviews.score(current.reviewer(), current.id(), scores, comments, true);
	}

	/** A CVR number passing the modulus-11 check, made from the seed so that the demo is the same every time. */
	static String cvr(int seed) {
		for (int n = 0;; n++) {
			String candidate = String.valueOf(41_000_000 + seed * 1_000 + n);
			if (dk.kulturpuls.organisations.Cvr.isValid(candidate)) {
				return candidate;
			}
		}
	}
}
