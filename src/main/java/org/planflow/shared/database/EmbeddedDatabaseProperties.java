package org.planflow.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files (blank: a throw-away folder, as the tests use)
 * and on which port it listens (0: any free port).
 */
@ConfigurationProperties("planflow.database.embedded")
record EmbeddedDatabaseProperties(String dataDir, @DefaultValue("0") int port, @DefaultValue("20") int poolSize) {
}
