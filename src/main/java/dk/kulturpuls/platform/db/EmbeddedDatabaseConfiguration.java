package dk.kulturpuls.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: a real PostgreSQL 17 started inside the JVM, its cluster under {@code ./data/postgres}.
 * Never active in the {@code production} profile, which connects to an external server through the standard
 * {@code SPRING_DATASOURCE_*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** One server per JVM and directory, shared by every application context (tests cache several). */
	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres server = SERVERS.computeIfAbsent(properties.dataDirectory().toAbsolutePath().normalize(),
				dir -> start(dir, properties));
		HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
				.url(server.getJdbcUrl("postgres", "postgres"))
				.username("postgres")
				.build();
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dir.getParent());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(properties.clean())
					.setServerConfig("timezone", "UTC")
					.setServerConfig("max_connections", "100");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException e) {
					// the JVM is going down; nothing more to do
				}
			}, "embedded-postgres-shutdown"));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
		}
	}
}
