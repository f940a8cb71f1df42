package dk.kulturpuls.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, and whether it starts from empty.
 *
 * @param dataDirectory the cluster's directory; data survives restarts unless {@code clean} is set
 * @param clean start each JVM with an empty cluster (tests)
 * @param port the port; 0 picks a free one
 */
@ConfigurationProperties("kulturpuls.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("false") boolean clean,
		@DefaultValue("0") int port) {
}
