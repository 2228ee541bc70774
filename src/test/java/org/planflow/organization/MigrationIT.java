package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class MigrationIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_empty_database_is_migrated_and_the_engine_starts_on_it_without_touching_the_schema() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(engine.getManagementService().getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_GE_PROPERTY");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("circulation").count())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM databasechangelog WHERE id = '7.16.0-baseline'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_second_start_finds_nothing_to_migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database);
            assertThat(liquibase.listUnrunChangeSets(new Contexts("demo"), new LabelExpression())).isEmpty();
        }
    }

    @Test
    void the_demo_district_is_loaded() {
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single()).isEqualTo(24);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE type = 'TOWNSHIP'").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE type = 'STREET'").query(Long.class).single()).isEqualTo(3);
    }
}
