package dk.kulturpuls.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

	/**
	 * Connection pools on the embedded servers that are still open. The server stops in a JVM shutdown hook, which
	 * runs at the same time as Spring's; it waits until the application contexts have closed their pools, so that
	 * beans that still use the database while the context closes (Spring Modulith's event registry, for one) find
	 * it running instead of waiting for a connection that never comes.
	 */
	private static final AtomicInteger OPEN_POOLS = new AtomicInteger();

	private static final Duration POOLS_CLOSE_WAIT = Duration.ofSeconds(20);

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres server = SERVERS.computeIfAbsent(properties.dataDirectory().toAbsolutePath().normalize(),
				dir -> start(dir, properties));
		HikariDataSource dataSource = DataSourceBuilder.create().type(EmbeddedPool.class)
				.url(server.getJdbcUrl("postgres", "postgres"))
				.username("postgres")
				.build();
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/** A Hikari pool that tells the shutdown hook when it has closed. */
	static class EmbeddedPool extends HikariDataSource {

		private final AtomicBoolean open = new AtomicBoolean(true);

		EmbeddedPool() {
			OPEN_POOLS.incrementAndGet();
		}

		@Override
		public void close() {
			try {
				super.close();
			}
			finally {
				if (open.getAndSet(false)) {
					synchronized (OPEN_POOLS) {
						OPEN_POOLS.decrementAndGet();
						OPEN_POOLS.notifyAll();
					}
				}
			}
		}
	}

	private static void awaitPoolsClosed() {
		long deadline = System.nanoTime() + POOLS_CLOSE_WAIT.toNanos();
		synchronized (OPEN_POOLS) {
			while (OPEN_POOLS.get() > 0 && System.nanoTime() < deadline) {
				try {
					OPEN_POOLS.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(dir.getParent());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(properties.clean())
					// our own hook below stops it, after the application contexts have closed their pools
					.setRegisterShutdownHook(false)
					.setServerConfig("timezone", "UTC")
					.setServerConfig("max_connections", "100");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				awaitPoolsClosed();
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
