package dk.kulturpuls.funding;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/**
 * The North Jutland programme "Sund med Kultur" as the culture agreement describes it: its goals, its two pools
 * with their real limits and first-round budgets, the four kinds of offer it seeks and its target groups.
 * Demo profile only.
 */
@Component
@Profile("demo")
@Order(10)
class DemoProgramme implements ApplicationRunner {

	static final String NAME = "Sund med Kultur";

	private final ProgrammeRepository programmes;
	private final PoolRepository pools;
	private final AuditTrail audit;

	DemoProgramme(ProgrammeRepository programmes, PoolRepository pools, AuditTrail audit) {
		this.programmes = programmes;
		this.pools = pools;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (programmes.existsByNameDa(NAME)) {
			return;
		}
		Programme programme = new Programme(LocalizedText.of(NAME, "Healthy with Culture"),
				LocalizedText.of(
						"Kulturaftalens fokusområde om kultur, sundhed og livskvalitet i Nordjylland. Kunst og kultur "
								+ "skal fremme mental trivsel, og resultaterne skal dokumenteres.",
						"The North Jutland culture agreement's focus area on culture, health and quality of life. Art "
								+ "and culture are to improve mental wellbeing, with documented results."),
				"Region Nordjylland");
		programme.addGoal(LocalizedText.of(
				"Bedre sundhed for børn, unge og sårbare grupper gennem kunst og kultur",
				"Better health for children, young people and vulnerable groups through art and culture"));
		programme.addGoal(LocalizedText.of("Eksperimenterende samarbejder med sundhedssektoren",
				"Experimental collaborations with the health sector"));
		programme.addGoal(LocalizedText.of(
				"Samarbejde med andre forvaltningsområder i kommuner og region",
				"Collaboration with other administrative areas of the municipalities and the region"));
		programme.addGoal(LocalizedText.of("Indsamling og formidling af viden om dokumenterede resultater",
				"Collection of knowledge and dissemination of documented results"));

		programme.addOfferType(new Category("vulnerable-citizens", LocalizedText.of(
				"Eksperimenterende kunst og kultur for borgere i sårbare situationer, der er afskåret fra kulturlivet",
				"Experimental art and culture for citizens in vulnerable situations cut off from cultural life")));
		programme.addOfferType(new Category("health-promoting-courses", LocalizedText.of(
				"Næste niveau af sundhedsfremmende forløb inspireret af Kulturvitaminer og Kultur på recept",
				"The next level of health-promoting courses inspired by Kulturvitaminer and Culture on Prescription")));
		programme.addOfferType(new Category("youth-education", LocalizedText.of(
				"Næste niveau af trivselsarbejde gennem kunst og kultur på ungdomsuddannelserne",
				"The next level of wellbeing work through art and culture in youth education")));
		programme.addOfferType(new Category("digital", LocalizedText.of(
				"Digitale tilbud, der spreder tilbuddene geografisk og når nye målgrupper",
				"Digital offers that spread the offer geographically and reach new target groups")));

		programme.addTargetGroup(new Category("children", LocalizedText.of("Børn", "Children")));
		programme.addTargetGroup(new Category("young-people", LocalizedText.of("Unge", "Young people")));
		programme.addTargetGroup(new Category("youth-education-students",
				LocalizedText.of("Elever på ungdomsuddannelser", "Students in youth education")));
		programme.addTargetGroup(new Category("vulnerable-groups",
				LocalizedText.of("Borgere i sårbare situationer", "Citizens in vulnerable situations")));
		programme.addTargetGroup(new Category("hospital-patients",
				LocalizedText.of("Indlagte patienter", "Hospital in-patients")));
		programme.addTargetGroup(new Category("elderly", LocalizedText.of("Ældre", "Elderly people")));
		programme.addTargetGroup(new Category("mental-health",
				LocalizedText.of("Borgere med stress, angst eller depression",
						"Citizens with stress, anxiety or depression")));
		programmes.save(programme);

		Pool signature = pools.save(new Pool(programme.id(),
				LocalizedText.of("Signaturprojekter", "Signature projects"),
				LocalizedText.of(
						"Flerårige projekter på 400.000–1.200.000 kr. og mindst 2 år, åbnet ved et Open Call. Partnerne "
								+ "forpligter sig til dokumentation, videndeling og til at eksperimentere inden for "
								+ "kultur, sundhed og livskvalitet.",
						"Multi-year projects of DKK 400,000–1,200,000 running at least 2 years, opened by an Open Call. "
								+ "Partners commit to documentation, knowledge sharing and experimenting within "
								+ "culture, health and quality of life."),
				Money.ofKroner(4_000_000), Money.ofKroner(400_000), Money.ofKroner(1_200_000), 24, null));
		Pool small = pools.save(new Pool(programme.id(),
				LocalizedText.of("Puljen til mindre projekter", "Pool for smaller projects"),
				LocalizedText.of(
						"Projekter på op til 50.000 kr. og højst 6 måneder for professionelle kunstnere og "
								+ "kulturforeninger.",
						"Projects of up to DKK 50,000 and at most 6 months for professional artists and cultural "
								+ "associations."),
				Money.ofKroner(1_600_000), Money.ZERO, Money.ofKroner(50_000), null, 6));
		audit.record("programme", programme.id().value().toString(), "created", NAME);
		audit.record("pool", signature.id().value().toString(), "created", signature.name().da());
		audit.record("pool", small.id().value().toString(), "created", small.name().da());
	}
}
