package org.planflow.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: a real PostgreSQL started from Maven-shipped binaries, its data kept in
 * a local folder between runs and written durably (a server left running there by a killed PlanFlow is stopped
 * first, see {@link OrphanedPostgres}); without a folder, a throw-away one as fast as the binaries' defaults make it. Production sets {@code planflow.database.mode=server} and uses
 * Spring Boot's ordinary DataSource from {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "planflow.database.mode", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC")
                // Spring stops it after the engine and the pool are closed, not a JVM hook racing them.
                .setRegisterShutdownHook(false);
        if (properties.dataDir() != null && !properties.dataDir().isBlank()) {
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dir);
            OrphanedPostgres.clear(dir);
            // Kept data is written durably: the binaries' defaults (fsync off, asynchronous commit) suit only a
            // throw-away folder, where a lost write cannot matter (decision 042).
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("planflow-embedded");
        return dataSource;
    }
}
