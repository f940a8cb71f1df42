package dk.kulturpuls.organisations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every night, the organisation claims no officer confirmed within the configured period expire (one node only). */
@Component
class ClaimExpiry {

	private static final Logger log = LoggerFactory.getLogger(ClaimExpiry.class);

	private final OrganisationClaims claims;

	ClaimExpiry(OrganisationClaims claims) {
		this.claims = claims;
	}

	@Scheduled(cron = "${kulturpuls.organisations.expiry-cron:0 45 3 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "organisation-claim-expiry", lockAtMostFor = "PT10M")
	void nightly() {
		log.info("Organisation claims: {} pending claims expired", claims.expire());
	}
}
