package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.KulturpulsApplication;

/**
 * The production profile connects to the database it is given (never the embedded one), refuses to start while a
 * demo account exists, and creates the first administrator from its settings.
 */
@ApplicationTest
class ProductionProfileTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	String jdbcUrl(String database) {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		return url.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
	}

	SpringApplicationBuilder production(String database, String... properties) {
		return new SpringApplicationBuilder(KulturpulsApplication.class)
			.profiles("production")
			.properties("spring.datasource.url=" + jdbcUrl(database), "spring.datasource.username=postgres",
					"server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"kulturpuls.public-url=https://kulturpuls.example.dk")
			.properties(properties);
	}

	/** Issue 15.16: production needs its public address; a guessed one would send every mail's reader elsewhere. */
	@Test
	void refusesToStartWithoutThePublicAddress() {
		assertThatThrownBy(() -> production("postgres", "kulturpuls.public-url=").run().close())
			.hasStackTraceContaining("Refusing to start in the production profile without a public address: "
					+ "set KULTURPULS_PUBLIC_URL");
		assertThatThrownBy(() -> production("postgres", "kulturpuls.public-url=kulturpuls.example.dk").run().close())
			.hasStackTraceContaining("kulturpuls.public-url must be an absolute http(s) address");
	}

	@Test
	void refusesToStartWhileDemoAccountsExist() {
		// the shared test database holds the demo accounts
		assertThat(jdbc.sql("select count(*) from platform_account where demo").query(Long.class).single())
			.isPositive();
		assertThatThrownBy(() -> production("postgres").run().close())
			.hasStackTraceContaining("Refusing to start in the production profile: demo accounts exist");
	}

	@Test
	void startsOnAnEmptyDatabaseWithTheFirstAdministratorAndNoDemoData() {
		jdbc.sql("drop database if exists production_check").update();
		jdbc.sql("create database production_check").update();
		try (ConfigurableApplicationContext context = production("production_check",
				"kulturpuls.bootstrap.admin-username=first-admin",
				"kulturpuls.bootstrap.admin-password=a-long-enough-password").run()) {
			Accounts accounts = context.getBean(Accounts.class);
			assertThat(accounts.find("first-admin")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.ADMIN));
			assertThat(accounts.demoAccounts()).isEmpty();
			assertThat(accounts.exists("officer")).isFalse();
			JdbcClient production = context.getBean(JdbcClient.class);
			assertThat(production.sql("select count(*) from funding_programme").query(Long.class).single()).isZero();
			assertThat(production.sql("select count(*) from geography_municipality").query(Long.class).single())
				.isEqualTo(98L);
			// two factors are required in production: the first administrator enrols an app before anything else
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			dk.kulturpuls.WebSession admin = new dk.kulturpuls.WebSession(port);
			java.net.http.HttpResponse<String> login = admin.post("/login", admin.page("/login"),
					java.util.Map.of("username", "first-admin", "password", "a-long-enough-password"));
			assertThat(login.headers().firstValue("Location")).hasValue("/account/two-factor");
			assertThat(admin.get("/admin").headers().firstValue("Location")).hasValue("/login/two-factor");
		}
	}
}
