package dk.kulturpuls.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/**
 * An open call for each of the programme's two pools, with the pools' rules, and the demo applicant's
 * organisation. Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCalls implements ApplicationRunner {

	static final String DEMO_CVR = "29350000";

	private final PoolRepository pools;
	private final CallRepository calls;
	private final ApplicantRepository applicants;
	private final ApplicantOrganisationRepository organisations;
	private final AuditTrail audit;
	private final Clock clock;

	DemoCalls(PoolRepository pools, CallRepository calls, ApplicantRepository applicants,
			ApplicantOrganisationRepository organisations, AuditTrail audit, Clock clock) {
		this.pools = pools;
		this.calls = calls;
		this.applicants = applicants;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		pools.findFirstByNameDa("Signaturprojekter").filter(p -> !calls.existsByPoolId(p.id().value()))
			.ifPresent(pool -> signatureCall(pool, today));
		pools.findFirstByNameDa("Puljen til mindre projekter").filter(p -> !calls.existsByPoolId(p.id().value()))
			.ifPresent(pool -> smallCall(pool, today));
		if (!applicants.existsById("applicant")) {
			ApplicantOrganisation organisation = organisations.save(ApplicantOrganisation.organisation(
					"Kulturhuset Nordlys (demo)", DEMO_CVR));
			Applicant applicant = new Applicant("applicant", "Demo-ansøger", "applicant@kulturpuls.invalid",
					organisation.id(), null, clock.instant());
			applicant.verify(clock.instant());
			applicants.save(applicant);
		}
	}

	private void signatureCall(Pool pool, LocalDate today) {
		pool.setRules(EnumSet.of(ApplicantKind.ORGANISATION), 20, LocalizedText.of(
				"Projektet dokumenterer sine resultater med mindst ét anerkendt trivselsmål (fx WEMWBS) før og efter "
						+ "forløbet, deler viden med programmet og afleverer en slutrapport.",
				"The project documents its results with at least one recognised wellbeing instrument (e.g. WEMWBS) "
						+ "before and after, shares knowledge with the programme and delivers a final report."));
		pool.budgetForYear(today.getYear() + 1, Money.ofKroner(2_000_000));
		pool.budgetForYear(today.getYear() + 2, Money.ofKroner(2_000_000));
		Call call = new Call(pool.id(),
				LocalizedText.of("Open Call: Signaturprojekter i Sund med Kultur",
						"Open Call: Signature projects in Healthy with Culture"),
				LocalizedText.of(
						"Vi søger flerårige, eksperimenterende samarbejder mellem kultur- og sundhedsområdet, der "
								+ "styrker den mentale trivsel hos børn, unge og borgere i sårbare situationer.",
						"We seek multi-year, experimental collaborations between culture and health that improve "
								+ "the mental wellbeing of children, young people and citizens in vulnerable situations."),
				at(today.minusDays(14), LocalTime.of(9, 0)), at(today.plusDays(60), LocalTime.of(12, 0)),
				Set.of("vulnerable-citizens", "health-promoting-courses", "youth-education", "digital"),
				Set.of("children", "young-people", "youth-education-students", "vulnerable-groups", "hospital-patients",
						"elderly", "mental-health"));
		call.addCriterion(new Criterion(LocalizedText.of("Effekt på mental trivsel", "Effect on mental wellbeing"), 30, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Eksperiment og nytænkning", "Experiment and innovation"), 25, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Partnerskab på tværs af sektorer",
				"Partnership across sectors"), 25, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Dokumentation og videndeling",
				"Documentation and knowledge sharing"), 20, 5));
		call.addQuestion(new EligibilityQuestion(LocalizedText.of(
				"Er projektet allerede gået i gang?", "Has the project already started?"), true,
				LocalizedText.of("Puljen støtter ikke projekter, der er gået i gang før ansøgningen.",
						"The pool does not fund projects that started before the application.")));
		call.addQuestion(new EligibilityQuestion(LocalizedText.of(
				"Foregår projektet i en eller flere af de 11 nordjyske kommuner?",
				"Does the project take place in one or more of the 11 North Jutland municipalities?"), false,
				LocalizedText.of("Puljen støtter kun projekter i Region Nordjylland.",
						"The pool only funds projects in the North Denmark Region.")));
		call.requireAttachment(new RequiredAttachment("letter-of-intent", LocalizedText.of(
				"Hensigtserklæring fra mindst én partner", "Letter of intent from at least one partner")));
		call.publish();
		calls.save(call);
		audit.record("call", call.id().value().toString(), "published", call.title().da());
	}

	private void smallCall(Pool pool, LocalDate today) {
		pool.setRules(EnumSet.of(ApplicantKind.ORGANISATION, ApplicantKind.INDIVIDUAL), 0, LocalizedText.of(
				"Projektet afleverer en kort rapport om aktiviteter, deltagere og erfaringer.",
				"The project delivers a short report on activities, participants and lessons."));
		pool.budgetForYear(today.getYear() + 1, Money.ofKroner(1_600_000));
		Call call = new Call(pool.id(),
				LocalizedText.of("Puljen til mindre projekter: løbende ansøgningsrunde",
						"Pool for smaller projects: current round"),
				LocalizedText.of(
						"Professionelle kunstnere og kulturforeninger kan søge op til 50.000 kr. til korte forløb på "
								+ "højst 6 måneder, der bruger kunst og kultur til at fremme trivsel.",
						"Professional artists and cultural associations can apply for up to DKK 50,000 for short "
								+ "courses of at most 6 months that use art and culture to improve wellbeing."),
				at(today.minusDays(7), LocalTime.of(9, 0)), at(today.plusDays(30), LocalTime.of(12, 0)),
				Set.of("vulnerable-citizens", "health-promoting-courses", "youth-education", "digital"),
				Set.of("children", "young-people", "youth-education-students", "vulnerable-groups", "hospital-patients",
						"elderly", "mental-health"));
		call.addCriterion(new Criterion(LocalizedText.of("Kunstnerisk kvalitet", "Artistic quality"), 40, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Betydning for målgruppens trivsel",
				"Importance for the target group's wellbeing"), 40, 5));
		call.addCriterion(new Criterion(LocalizedText.of("Gennemførlighed", "Feasibility"), 20, 5));
		call.addQuestion(new EligibilityQuestion(LocalizedText.of(
				"Er projektet allerede gået i gang?", "Has the project already started?"), true,
				LocalizedText.of("Puljen støtter ikke projekter, der er gået i gang før ansøgningen.",
						"The pool does not fund projects that started before the application.")));
		call.publish();
		calls.save(call);
		audit.record("call", call.id().value().toString(), "published", call.title().da());
	}

	private static java.time.Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, Formats.ZONE).toInstant();
	}
}
