package org.planflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Process tests run the real engine on a real PostgreSQL, migrated by the same Liquibase changelog
 * as production (one database per test JVM), with coverage of every flow node and sequence flow.
 */
public final class ProcessTestEngine {

    private static final AtomicInteger ENGINES = new AtomicInteger();
    private static DataSource dataSource;

    private ProcessTestEngine() {
    }

    /** An engine for one test class, whose tests together must cover the whole process. */
    public static ProcessEngineCoverageExtension coverageExtension() {
        return coverageExtension(Map.of());
    }

    /** The same, with the beans that the process's delegate expressions name. */
    public static ProcessEngineCoverageExtension coverageExtension(Map<Object, Object> beans) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("process-test-" + ENGINES.incrementAndGet());
        configuration.setDataSource(database());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        // Without the coverage listeners nothing is counted and the class coverage assertion passes vacuously.
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.Companion.builder(configuration)
                .assertClassCoverageAtLeast(1.0)
                .build();
    }

    private static synchronized DataSource database() {
        if (dataSource == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                dataSource = postgres.getPostgresDatabase();
                migrate(dataSource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataSource;
    }

    private static void migrate(DataSource target) {
        try (Connection connection = target.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)
                    .update(new Contexts("process-test"), new LabelExpression());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not migrate the process test database", e);
        }
    }
}
