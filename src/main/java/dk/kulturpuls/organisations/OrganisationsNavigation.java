package dk.kulturpuls.organisations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kulturpuls.platform.NavigationEntry;
import dk.kulturpuls.platform.Role;

@Configuration(proxyBeanMethods = false)
class OrganisationsNavigation {

	@Bean
	NavigationEntry secretariatOrganisationsNavigation() {
		return NavigationEntry.forRole(Role.SECRETARIAT, "nav.secretariat.organisations", "/secretariat/organisations",
				171);
	}

	@Bean
	NavigationEntry officerOrganisationClaimsNavigation() {
		return NavigationEntry.forRole(Role.PROGRAMME_OFFICER, "nav.officer.organisationClaims",
				"/officer/organisation-claims", 32);
	}

	@Bean
	NavigationEntry applicantOrganisationNavigation() {
		return NavigationEntry.forRole(Role.APPLICANT, "nav.applicant.organisation", "/applicant/organisation", 12);
	}
}
