package dk.kulturpuls.platform;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, password "demo". Only in the demo profile (the embedded default); the production
 * profile refuses to start while any of them exists.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo";

	/** User name → role, in the order they are printed. */
	static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();
	static {
		ACCOUNTS.put("admin", Role.ADMIN);
		ACCOUNTS.put("officer", Role.PROGRAMME_OFFICER);
		ACCOUNTS.put("reviewer", Role.REVIEWER);
		ACCOUNTS.put("committee", Role.COMMITTEE);
		ACCOUNTS.put("applicant", Role.APPLICANT);
		ACCOUNTS.put("projectlead", Role.PROJECT_LEAD);
		ACCOUNTS.put("secretariat", Role.SECRETARIAT);
	}

	private static final Map<String, String> NAMES = Map.of(
			"admin", "Anne Admin",
			"officer", "Ole Sagsbehandler",
			"reviewer", "Rikke Bedømmer",
			"committee", "Kim Indstillingsgruppe",
			"applicant", "Aske Ansøger",
			"projectlead", "Pia Projektleder",
			"secretariat", "Sara Sekretariat");

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		ACCOUNTS.forEach((username, role) -> {
			if (!accounts.exists(username)) {
				accounts.create(username, NAMES.get(username), username + "@demo.kulturpuls.dk", PASSWORD,
						EnumSet.of(role), true);
			}
		});
		StringBuilder table = new StringBuilder("\n\n  Kulturpuls demo accounts (password \"" + PASSWORD + "\"):\n");
		ACCOUNTS.forEach((username, role) -> table.append(String.format("    %-12s %s%n", username, role)));
		log.info(table.toString());
	}
}
