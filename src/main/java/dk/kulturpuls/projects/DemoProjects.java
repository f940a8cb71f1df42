package dk.kulturpuls.projects;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo projects shaped like the region's real ones, marked "(demo)" in their names so that nobody takes them
 * for registered facts. The demo project lead is on their staff. Demo profile only.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProjects implements ApplicationRunner {

	private final Projects projects;
	private final ProjectRepository repository;

	DemoProjects(Projects projects, ProjectRepository repository) {
		this.projects = projects;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		register("Kulturvitaminer Nordjylland (demo)",
				"Forløb med kulturoplevelser for borgere på sygedagpenge med stress, angst eller depression, "
						+ "inspireret af Kulturvitaminer.",
				"Aalborg Kommune", "health-promoting-courses", Set.of("mental-health"), Set.of("0851", "0840"),
				LocalDate.of(2025, 2, 1), LocalDate.of(2026, 12, 31));
		register("Kunst på afdelingen (demo)",
				"Musikere og billedkunstnere skaber oplevelser sammen med indlagte patienter.",
				"Hjørring Kulturhus", "vulnerable-citizens", Set.of("hospital-patients", "elderly"),
				Set.of("0860", "0813"), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31));
		register("Trivsel i klassen (demo)",
				"Kunstnere arbejder med elever på tre ungdomsuddannelser om fællesskab og trivsel.",
				"Thisted Gymnasium", "youth-education", Set.of("youth-education-students", "young-people"),
				Set.of("0787", "0773"), LocalDate.of(2025, 8, 15), LocalDate.of(2026, 6, 30));
	}

	private void register(String name, String summary, String organisation, String offerType,
			Set<String> targetGroups, Set<String> municipalities, LocalDate start, LocalDate end) {
		if (!repository.existsByName(name)) {
			projects.register(new Projects.NewProject(name, summary, organisation, offerType, targetGroups,
					municipalities, start, end, true, Set.of("projectlead")));
		}
	}
}
