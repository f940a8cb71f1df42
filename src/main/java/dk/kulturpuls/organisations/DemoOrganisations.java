package dk.kulturpuls.organisations;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The actors of the national roundtable process (PRODUCT.md §4): regions, KL, the culture regions, foundations, the
 * national centre and others. No CVR numbers are invented: they are left empty for the secretariat to fill in.
 * Demo profile only; idempotent.
 */
@Component
@Profile("demo")
@Order(30)
class DemoOrganisations implements ApplicationRunner {

	private final Organisations organisations;

	DemoOrganisations(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		add("Nationalt Center for Kunst og Mental Sundhed", OrganisationType.NATIONAL_CENTRE, Sector.CULTURE, null);
		add("Region Nordjylland", OrganisationType.REGION, Sector.HEALTH, null);
		add("Region Midtjylland", OrganisationType.REGION, Sector.HEALTH, null);
		add("KL", OrganisationType.KL, Sector.PUBLIC_ADMINISTRATION, null);
		add("Kulturregion Nordjylland", OrganisationType.CULTURE_REGION, Sector.CULTURE, null);
		add("Kulturregion Midtjylland", OrganisationType.CULTURE_REGION, Sector.CULTURE, null);
		add("Nordea-fonden", OrganisationType.FOUNDATION, Sector.PHILANTHROPY, null);
		add("Det Obelske Familiefond", OrganisationType.FOUNDATION, Sector.PHILANTHROPY, null);
		add("Aalborg Kommune", OrganisationType.MUNICIPALITY, Sector.SOCIAL, "0851");
		add("Aalborg Universitet", OrganisationType.RESEARCH, Sector.RESEARCH, "0851");
	}

	private void add(String name, OrganisationType type, Sector sector, String municipality) {
		if (organisations.findByName(name).isEmpty()) {
			organisations.register(new Organisations.NewOrganisation(name, type, sector, null, municipality));
		}
	}
}
