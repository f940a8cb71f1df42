package dk.kulturpuls.funding;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.Money;

/**
 * The first round's first decisions, so that the grants module's follow-up can be tried: three signature projects
 * and two small projects granted their request. Demo profile only; idempotent (an application with a decision is
 * left as it is). The grants module's demo data puts the grants in different stages.
 */
@Component
@Profile("demo")
@Order(35)
class DemoDecisions implements ApplicationRunner {

	/** The demo applicants whose first application is granted. */
	static final List<String> GRANTED = List.of("demo-signatur-1", "demo-signatur-2", "demo-signatur-3",
			"demo-lille-1", "demo-lille-2", "demo-lille-3", "demo-lille-4", "demo-lille-5");

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	private final ApplicantRepository applicants;
	private final GrantApplicationRepository applications;
	private final Applications views;
	private final Decisions decisions;
	private final TransactionTemplate transactions;

	DemoDecisions(ApplicantRepository applicants, GrantApplicationRepository applications, Applications views,
			Decisions decisions, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.applicants = applicants;
		this.applications = applications;
		this.views = views;
		this.decisions = decisions;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String username : GRANTED) {
			applicants.findById(username)
				.flatMap(a -> applications.findByOrganisationIdOrderByUpdatedAtDesc(a.organisationId()).stream()
					.filter(app -> app.status() == ApplicationStatus.ELIGIBLE).findFirst())
				.filter(app -> !decisions.decided(app.id()))
				.ifPresent(app -> {
					try {
						transactions.executeWithoutResult(status -> {
							Money requested = views.view(applications.findById(app.id()).orElseThrow()).requested();
							decisions.decide(app.id(), Decision.Outcome.GRANTED, requested,
									"Projektet dokumenteres med trivselsmålinger (WEMWBS), og resultaterne deles i videnbanken (demo).",
									null, "officer");
						});
					}
					catch (RuntimeException e) {
						log.warn("demo decision on {} not made: {}", username, e.getMessage());
					}
				});
		}
	}
}
