package dk.kulturpuls.platform;

import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Start-up checks of the production profile: it refuses to start while a demo account exists, and it can
 * create the first administrator from the environment. Runs before the web server accepts requests.
 */
@Component
@Profile("production")
class ProductionSafety implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ProductionSafety.class);

	private final Accounts accounts;
	private final Bootstrap bootstrap;

	ProductionSafety(Accounts accounts, Bootstrap bootstrap) {
		this.accounts = accounts;
		this.bootstrap = bootstrap;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> demo = accounts.demoAccounts();
		if (!demo.isEmpty()) {
			throw new IllegalStateException("Refusing to start in the production profile: demo accounts exist "
					+ demo + ". Delete them from platform_account (and platform_account_role) first.");
		}
		if (bootstrap.adminUsername() != null && !bootstrap.adminUsername().isBlank()
				&& !accounts.exists(bootstrap.adminUsername())) {
			if (bootstrap.adminPassword() == null || bootstrap.adminPassword().length() < 12) {
				throw new IllegalStateException(
						"kulturpuls.bootstrap.admin-password must have at least 12 characters");
			}
			accounts.create(bootstrap.adminUsername(), bootstrap.adminUsername(), null, bootstrap.adminPassword(),
					EnumSet.of(Role.ADMIN));
			log.info("Created the first administrator account '{}'", bootstrap.adminUsername());
		}
	}

	/**
	 * The first administrator of a new production installation.
	 *
	 * @param adminUsername created at start-up when no account of that name exists
	 * @param adminPassword its password (at least 12 characters)
	 */
	@ConfigurationProperties("kulturpuls.bootstrap")
	record Bootstrap(String adminUsername, String adminPassword) {
	}
}
