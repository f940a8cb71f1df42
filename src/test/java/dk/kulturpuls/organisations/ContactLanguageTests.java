package dk.kulturpuls.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/**
 * The secretariat chooses the language a contact person reads the platform's mails in; Danish is chosen unless
 * changed, and anything but Danish or English is refused with the rest of the form kept.
 */
@ApplicationTest
class ContactLanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Test
	void theSecretariatAddsAContactPersonWhoReadsEnglish() {
		OrganisationId organisation = organisations.register(new Organisations.NewOrganisation(
				"Sproghuset " + UUID.randomUUID().toString().substring(0, 8), OrganisationType.CULTURAL_INSTITUTION,
				Sector.CULTURE, null, null));
		WebSession secretariat = WebSession.loggedIn(port, "secretariat", "demo");
		String address = "/secretariat/organisations/" + organisation.value();
		Document form = secretariat.page(address);
		assertThat(form.selectFirst("input[name=language][value=da]").hasAttr("checked")).isTrue();

		HttpResponse<String> refused = secretariat.post(address + "/contacts", form,
				Map.of("name", "Emma English", "email", "emma@test.kulturpuls.invalid", "language", "fr"));
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("#error-summary").text()).contains("Vælg dansk eller engelsk.");
		assertThat(again.selectFirst("input[name=name]").val()).isEqualTo("Emma English");

		secretariat.post(address + "/contacts", again,
				Map.of("name", "Emma English", "email", "emma@test.kulturpuls.invalid", "language", "en"));

		assertThat(organisations.find(organisation).orElseThrow().contacts()).singleElement()
			.satisfies(contact -> assertThat(contact.language()).isEqualTo(Locale.ENGLISH));
		assertThat(secretariat.page(address).select("table").text()).contains("Emma English", "Engelsk");
	}
}
