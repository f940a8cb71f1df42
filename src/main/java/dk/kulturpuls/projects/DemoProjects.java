package dk.kulturpuls.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo projects shaped like the region's real ones, marked "(demo)" in their names so that nobody takes them
 * for registered facts, with partners, activities and public documentation (links to example.org, marked demo),
 * so that the catalogue, the map and the spread report have something to show — and Læsø stays a white spot.
 * The demo project lead is on their staff. Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProjects implements ApplicationRunner {

	private final Projects projects;
	private final ProjectRepository repository;
	private final ProjectWork work;
	private final TransactionTemplate transactions;

	DemoProjects(Projects projects, ProjectRepository repository, ProjectWork work,
			TransactionTemplate transactions) {
		this.projects = projects;
		this.repository = repository;
		this.work = work;
		this.transactions = transactions;
	}

	private record Doc(DocumentKind kind, String title, String description, boolean publicItem, String link) {
	}

	@Override
	public void run(ApplicationArguments args) {
		register("Kulturvitaminer Nordjylland (demo)",
				"Forløb med kulturoplevelser for borgere på sygedagpenge med stress, angst eller depression, "
						+ "inspireret af Kulturvitaminer.",
				"Aalborg Kommune", "health-promoting-courses", Set.of("mental-health"), Set.of("0851", "0840"),
				LocalDate.of(2025, 2, 1), LocalDate.of(2026, 12, 31), 1_150_000_00L);
		enrich("Kulturvitaminer Nordjylland (demo)",
				List.of(new Partner("Aalborg Kommune, Jobcenter", "Projektejer og rekruttering", Sector.SOCIAL),
						new Partner("Aalborg Bibliotekerne", "Kulturpartner", Sector.CULTURE),
						new Partner("Rebild Kommune, Sundhed", "Sundhedsfaglig partner", Sector.HEALTH)),
				List.of(new Activity("Koncert og samtale i Musikkens Hus", LocalDate.of(2025, 3, 4), "Aalborg", false, 14),
						new Activity("Skrivning på biblioteket", LocalDate.of(2025, 3, 11), "Støvring Bibliotek", false, 12),
						new Activity("Naturvandring med fortælling", LocalDate.of(2025, 9, 16), "Rold Skov", false, 15),
						new Activity("Digitalt læsefællesskab", LocalDate.of(2026, 2, 3), null, true, 18)),
				List.of(new Doc(DocumentKind.REPORT, "Midtvejsrapport (demo)",
						"Erfaringer fra de første hold: deltagerne oplevede mere ro og fællesskab, og flere kom tættere på arbejdsmarkedet.",
						true, "https://example.org/demo/kulturvitaminer-midtvejsrapport"),
						new Doc(DocumentKind.IMAGE, "Billeder fra forløbet (demo)", "", false,
								"https://example.org/demo/kulturvitaminer-billeder")),
				"Deltagernes trivsel steg målt med WHO-5 fra start til slut på de første hold.",
				"Faste mødetider og en gennemgående kulturguide gør det lettere at holde fast i forløbet.");

		register("Kunst på afdelingen (demo)",
				"Musikere og billedkunstnere skaber oplevelser sammen med indlagte patienter.",
				"Hjørring Kulturhus", "vulnerable-citizens", Set.of("hospital-patients", "elderly"),
				Set.of("0860", "0813"), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), 980_000_00L);
		enrich("Kunst på afdelingen (demo)",
				List.of(new Partner("Hjørring Kulturhus", "Projektejer", Sector.CULTURE),
						new Partner("Sygehus Vendsyssel", "Sundhedsfaglig partner og værtssted", Sector.HEALTH)),
				List.of(new Activity("Musik ved sengen", LocalDate.of(2025, 10, 7), "Sygehus Vendsyssel, Hjørring", false, 22),
						new Activity("Tegneværksted i dagligstuen", LocalDate.of(2026, 1, 20), "Sygehus Vendsyssel, Frederikshavn", false, 9)),
				List.of(new Doc(DocumentKind.ARTICLE, "Artikel om musik på afdelingen (demo)",
						"Omtale af projektets første halvår.", true, "https://example.org/demo/kunst-paa-afdelingen")),
				"", "");

		register("Trivsel i klassen (demo)",
				"Kunstnere arbejder med elever på tre ungdomsuddannelser om fællesskab og trivsel.",
				"Thisted Gymnasium", "youth-education", Set.of("youth-education-students", "young-people"),
				Set.of("0787", "0773"), LocalDate.of(2025, 8, 15), LocalDate.of(2026, 6, 30), 640_000_00L);
		enrich("Trivsel i klassen (demo)",
				List.of(new Partner("Thisted Gymnasium", "Projektejer", Sector.EDUCATION),
						new Partner("Morsø Gymnasium", "Skolepartner", Sector.EDUCATION),
						new Partner("Egnsteatret Thy", "Kunstnerisk partner", Sector.CULTURE)),
				List.of(new Activity("Teaterworkshop for 1.g", LocalDate.of(2025, 9, 9), "Thisted", false, 56),
						new Activity("Fælles forestilling", LocalDate.of(2026, 5, 28), "Nykøbing Mors", false, 140)),
				List.of(new Doc(DocumentKind.EVALUATION, "Evaluering af Trivsel i klassen (demo)",
						"Eleverne oplevede et stærkere klassefællesskab; lærerne vil fortsætte med to af øvelserne.",
						true, "https://example.org/demo/trivsel-i-klassen-evaluering")),
				"Elevernes oplevelse af fællesskab i klassen steg i begge klasser.",
				"Kunstnerne skal have tid til at planlægge sammen med lærerne før første gang.");

		register("Kulturvitaminer Himmerland (demo)",
				"Et afsluttet forløb med koncerter, museumsbesøg og fællessang for borgere med stress og depression.",
				"Vesthimmerlands Kommune", "health-promoting-courses", Set.of("mental-health"),
				Set.of("0820", "0846"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), 350_000_00L);
		enrich("Kulturvitaminer Himmerland (demo)",
				List.of(new Partner("Vesthimmerlands Kommune, Jobcenter", "Projektejer", Sector.SOCIAL),
						new Partner("Vesthimmerlands Museum", "Kulturpartner", Sector.CULTURE),
						new Partner("Mariagerfjord Kulturskole", "Kulturpartner", Sector.CULTURE)),
				List.of(new Activity("Museumsbesøg med fortælling", LocalDate.of(2024, 4, 9), "Aars", false, 11),
						new Activity("Fællessang", LocalDate.of(2024, 10, 1), "Hobro", false, 13)),
				List.of(new Doc(DocumentKind.REPORT, "Slutrapport Kulturvitaminer Himmerland (demo)",
						"Forløbet nåede to kommuner; samarbejdet mellem jobcenter og kulturinstitutioner fortsætter.", true,
						"https://example.org/demo/kulturvitaminer-himmerland-slutrapport")),
				"11 af 13 deltagere gennemførte forløbet.",
				"Samarbejdet mellem kommunerne kræver en fælles tovholder.");

		register("Kunst på recept Vendsyssel (demo)",
				"Lægen henviser borgere med let til moderat depression til et forløb med billedkunst og musik.",
				"Brønderslev Kommune", "health-promoting-courses", Set.of("mental-health", "vulnerable-groups"),
				Set.of("0810", "0849"), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), 900_000_00L);
		enrich("Kunst på recept Vendsyssel (demo)",
				List.of(new Partner("Brønderslev Kommune, Sundhedscenter", "Projektejer og henvisning", Sector.HEALTH),
						new Partner("Praktiserende læger i Jammerbugt", "Henvisning", Sector.HEALTH),
						new Partner("Vendsyssel Kunstmuseum", "Kunstnerisk partner", Sector.CULTURE)),
				List.of(new Activity("Billedkunst på museet, hold 1", LocalDate.of(2025, 10, 2), "Hjørring", false, 10),
						new Activity("Musik og bevægelse, hold 1", LocalDate.of(2026, 3, 5), "Brovst", false, 12)),
				List.of(), "", "");

		register("Syng med – kor for mennesker med demens (demo)",
				"Et kor for mennesker med demens og deres pårørende, ledet af en korleder og en musikterapeut.",
				"Aalborg Kor og Musik", "vulnerable-citizens", Set.of("elderly"), Set.of("0851", "0813"),
				LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 14), 48_500_00L);
		enrich("Syng med – kor for mennesker med demens (demo)",
				List.of(new Partner("Aalborg Kor og Musik", "Projektejer", Sector.CULTURE),
						new Partner("Demensforeningen Nordjylland", "Rekruttering af deltagere", Sector.CIVIL_SOCIETY)),
				List.of(new Activity("Korprøve", LocalDate.of(2026, 2, 4), "Aalborg", false, 24),
						new Activity("Korprøve", LocalDate.of(2026, 3, 4), "Frederikshavn", false, 19),
						new Activity("Sommerkoncert", LocalDate.of(2026, 6, 20), "Aalborg", false, 60)),
				List.of(new Doc(DocumentKind.VIDEO, "Video fra sommerkoncerten (demo)", "", true,
						"https://example.org/demo/syng-med-video")),
				"Pårørende fortæller om gode fælles oplevelser og nye bekendtskaber.", "");

		register("Skriv dig fri – skriveværksted for unge (demo)",
				"Et digitalt skriveværksted, hvor unge skriver sammen med en forfatter hver uge.",
				"Forfatterskolen for Unge Nord", "digital", Set.of("young-people"), Set.of("0851", "0860", "0849"),
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31), 45_000_00L);
		enrich("Skriv dig fri – skriveværksted for unge (demo)",
				List.of(new Partner("Forfatterskolen for Unge Nord", "Projektejer", Sector.CULTURE),
						new Partner("Ungdommens Uddannelsesvejledning", "Rekruttering", Sector.EDUCATION)),
				List.of(new Activity("Skriveværksted, første gang", LocalDate.of(2026, 2, 5), null, true, 17),
						new Activity("Oplæsning", LocalDate.of(2026, 6, 11), "Hjørring Bibliotek", true, 31)),
				List.of(new Doc(DocumentKind.REPORT, "Erfaringer fra Skriv dig fri (demo)",
						"Digitale værksteder når unge i kommuner uden et lokalt tilbud.", true,
						"https://example.org/demo/skriv-dig-fri")),
				"", "Et fast ugentligt tidspunkt og små grupper holder de unge fast.");
	}

	private void register(String name, String summary, String organisation, String offerType,
			Set<String> targetGroups, Set<String> municipalities, LocalDate start, LocalDate end, long grantOre) {
		if (!repository.existsByName(name)) {
			projects.register(new Projects.NewProject(name, summary, organisation, offerType, targetGroups,
					municipalities, start, end, true, Set.of("projectlead"), grantOre));
		}
	}

	/** Adds partners, activities and documentation to a demo project that has none yet. */
	private void enrich(String name, List<Partner> partners, List<Activity> activities, List<Doc> docs,
			String results, String lessons) {
		transactions.executeWithoutResult(status -> repository.findAll().stream()
			.filter(p -> p.name().equals(name) && p.partnerCount() == 0).findFirst().ifPresent(project -> {
				partners.forEach(project::addPartner);
				activities.forEach(project::addActivity);
				ProjectView view = project.view();
				project.describeOutcome(results, lessons, view.status(), view.publiclyVisible());
				// added as a user adds them, so that public reports and evaluations reach the knowledge base
				ProjectWork.Editor demo = new ProjectWork.Editor("demo", true);
				for (Doc doc : docs) {
					work.addDocument(view.id(), demo, new ProjectWork.NewDocument(doc.kind(), doc.title(),
							doc.description(), doc.publicItem(), doc.link(), null, null));
				}
			}));
	}
}
