package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Accounts;
import dk.kulturpuls.platform.Money;
import dk.kulturpuls.platform.Role;
import dk.kulturpuls.projects.Projects;

/**
 * The project lead of a grant's project follows the grant read-only from the project page; a project lead of another
 * project gets 404; the officer's link from the project leads to the grant's page.
 */
@ApplicationTest
class ProjectLeadGrantsHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	Projects projects;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProjectLeadFollowsTheGrantOfTheProject() {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(270_000), Money.ofKroner(200_000), null,
				"Hjørring Bibliotekerne");
		await().atMost(Duration.ofSeconds(60)).until(() -> projects.hasGrant(granted.applicationId()));
		UUID project = jdbc.sql("select id from projects_project where grant_id = :a")
			.param("a", granted.applicationId()).query(UUID.class).single();
		// the officer puts the programme's project lead on the project's staff
		jdbc.sql("insert into projects_project_staff (project_id, username) values (:p, 'projectlead')")
			.param("p", project).update();

		WebSession lead = WebSession.loggedIn(port, "projectlead", "demo");
		Document page = lead.page("/project-lead/projects/" + project);
		// the application's partners and its plan for documenting the effect are on the project
		assertThat(page.select("#partners ~ * table, #partners + div table").text()).contains("Hjørring Bibliotekerne")
			.contains("Samarbejdspartner");
		assertThat(page.select("#plan-instruments").text()).isEqualTo("WHO-5 og UCLA-3");
		assertThat(page.select("#plan-evaluation").text()).contains("Før- og eftermåling");
		String link = page.select("#project-grant-link").attr("href");
		assertThat(link).isEqualTo("/project-lead/grants/" + granted.applicationId());
		Document grant = lead.page(link);
		assertThat(grant.select("h1").text()).isEqualTo(granted.title());
		assertThat(grant.select("#grant-amount").text()).isEqualTo("200.000 kr.");
		assertThat(grant.select("#instalments tbody tr")).hasSize(3);
		assertThat(grant.select("#obligations").text()).contains("Statusrapport 1").contains("Slutrapport");
		assertThat(grant.select("#obligations a")).as("read-only: no links to the grantee's forms").isEmpty();
		assertThat(grant.select("#obligations tbody th").eachText()).as("each obligation named once")
			.contains("Accept af bevillingen", "Statusrapport 1", "Slutrapport");
		assertThat(grant.select("form[method=post]")).as("nothing to submit").hasSize(1); // log out only

		String other = "lead-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(other, "Anden projektleder", other + "@example.invalid", "secret-" + other,
				Set.of(Role.PROJECT_LEAD));
		assertThat(WebSession.loggedIn(port, other, "secret-" + other).get(link).statusCode()).isEqualTo(404);
		assertThat(WebSession.loggedIn(port, granted.applicant(), granted.password()).get(link).statusCode())
			.as("the applicant role has its own grant pages").isEqualTo(403);

		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String officerLink = officer.page("/officer/projects/" + project).select("#project-grant-link").attr("href");
		assertThat(officerLink).isEqualTo("/officer/grants/by-application/" + granted.applicationId());
		assertThat(officer.get(officerLink).headers().firstValue("Location").orElseThrow())
			.endsWith("/officer/grants/" + granted.grantId());
	}
}
