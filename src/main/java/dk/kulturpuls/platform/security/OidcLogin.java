package dk.kulturpuls.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID Connect providers to offer on the login page, when OIDC login is switched on. */
@Component
class OidcLogin {

	record Provider(String name, String href) {
	}

	private final ObjectProvider<ClientRegistrationRepository> repository;
	private final Environment environment;

	OidcLogin(ObjectProvider<ClientRegistrationRepository> repository, Environment environment) {
		this.repository = repository;
		this.environment = environment;
	}

	List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		ClientRegistrationRepository registrations = repository.getIfAvailable();
		if (!environment.getProperty("kulturpuls.oidc.enabled", Boolean.class, false)
				|| !(registrations instanceof Iterable<?> all)) {
			return providers;
		}
		for (Object item : all) {
			ClientRegistration registration = (ClientRegistration) item;
			providers.add(new Provider(registration.getClientName(),
					"/oauth2/authorization/" + registration.getRegistrationId()));
		}
		return providers;
	}
}
