package org.planflow.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;

@PlanFlowTest
class EngineMappingsIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;

    @Test
    void the_engine_runs_on_the_mappings_parsed_while_the_application_started() {
        assertThat(engine.getProcessEngineConfiguration()).isInstanceOfSatisfying(MappingsAheadEngineConfiguration.class,
                configuration -> assertThat(configuration.tookMappingsParsedAhead()).isTrue());
    }

    @Test
    void the_mappings_parsed_ahead_are_the_ones_the_engine_parses_itself() {
        MappingsAheadEngineConfiguration configuration = (MappingsAheadEngineConfiguration) engine.getProcessEngineConfiguration();
        Configuration ahead = configuration.getSqlSessionFactory().getConfiguration();
        Configuration own = new OwnParse(dataSource).mappings();

        assertThat(names(ahead.getMappedStatementNames())).hasSizeGreaterThan(500).isEqualTo(names(own.getMappedStatementNames()));
        assertThat(names(ahead.getResultMapNames())).isEqualTo(names(own.getResultMapNames()));
        assertThat(ahead.getMappedStatement("selectNextJobsToExecute").getBoundSql(null).getSql())
                .as("the PostgreSQL paging of the job acquisition")
                .isEqualTo(own.getMappedStatement("selectNextJobsToExecute").getBoundSql(null).getSql());
        assertThat(ahead.getEnvironment().getDataSource()).as("the engine's own data source").isSameAs(configuration.getDataSource());
        assertThat(ahead.getEnvironment().getTransactionFactory()).isSameAs(configuration.getTransactionFactory());
    }

    @Test
    void mappings_are_taken_once_and_only_for_postgresql_without_a_table_prefix() {
        EngineMappings.parseAhead();
        assertThat(EngineMappings.take("h2", "")).isEmpty();
        assertThat(EngineMappings.take(EngineMappings.DATABASE_TYPE, "")).as("taken already").isEmpty();
        EngineMappings.parseAhead();
        assertThat(EngineMappings.take(EngineMappings.DATABASE_TYPE, "camunda.")).isEmpty();
        EngineMappings.parseAhead();
        assertThat(EngineMappings.take(EngineMappings.DATABASE_TYPE, "")).get()
                .satisfies(mappings -> assertThat(mappings.hasStatement("selectNextJobsToExecute")).isTrue());
    }

    private static Set<String> names(java.util.Collection<String> names) {
        return new TreeSet<>(names);
    }

    /** Camunda's own parse, as an engine configured like this one does it without mappings parsed ahead. */
    private static final class OwnParse extends SpringProcessEngineConfiguration {

        OwnParse(DataSource dataSource) {
            setDatabaseType(EngineMappings.DATABASE_TYPE);
            setDatabaseTablePrefix("");
            setDataSource(dataSource);
            setTransactionFactory(new ManagedTransactionFactory());
        }

        Configuration mappings() {
            initSqlSessionFactory();
            return getSqlSessionFactory().getConfiguration();
        }
    }
}
