package dk.kulturpuls.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The statement a programme configures: the properties it sets as documented in application.properties bind, and
 * once it has published its statement in the WAS-Tool the footer and /was lead there.
 */
class AccessibilityStatementTests {

	static AccessibilityStatement bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("kulturpuls.accessibility", AccessibilityStatement.class);
	}

	@Test
	void aProgrammesWasStatementIsWhereTheFooterAndTheShortAddressLead() {
		AccessibilityStatement statement = bind(Map.of(
				"kulturpuls.accessibility.organisation", "Region Nordjylland",
				"kulturpuls.accessibility.statement-url", " https://www.was.digst.dk/kulturpuls-rn-dk ",
				"kulturpuls.accessibility.contact-email", "webtilgaengelighed@rn.dk",
				"kulturpuls.accessibility.contact-phone", "+45 97 64 80 00",
				"kulturpuls.accessibility.compliance", "FULL",
				"kulturpuls.accessibility.prepared-on", "2027-01-15",
				"kulturpuls.accessibility.reviewed-on", "2027-06-01"));

		assertThat(statement.published()).isTrue();
		assertThat(statement.href()).isEqualTo("https://www.was.digst.dk/kulturpuls-rn-dk");
		assertThat(statement.phoneHref()).isEqualTo("tel:+4597648000");
		assertThat(statement.compliance().messageKey()).isEqualTo("accessibility.compliance.FULL");
		assertThat(statement.lastReviewed()).isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(statement.nextReview()).isEqualTo(LocalDate.of(2028, 6, 1));
	}

	@Test
	void withoutAWasStatementThePlatformsOwnPageAppliesAndTheDefaultsAreHonest() {
		AccessibilityStatement statement = bind(Map.of());

		assertThat(statement.published()).isFalse();
		assertThat(statement.href()).isEqualTo("/accessibility");
		assertThat(statement.hasEmail()).isFalse();
		assertThat(statement.hasPhone()).isFalse();
		assertThat(statement.compliance()).isEqualTo(AccessibilityStatement.Compliance.PARTIAL);
		assertThat(statement.complaintUrl()).hasHost("digst.dk");
		assertThat(statement.nextReview()).isEqualTo(statement.preparedOn().plusYears(1));
	}
}
