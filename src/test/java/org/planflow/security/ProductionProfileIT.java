package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowApplication;
import org.planflow.organization.OrganizationService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile against a PostgreSQL server (here: a separate, empty one), as an operator starts it. */
class ProductionProfileIT {

    @Test
    void production_starts_on_an_empty_server_database_and_creates_the_first_administrator() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = production(server, "S3cure-initial-pw").run()) {
            OrganizationService organization = app.getBean(OrganizationService.class);
            assertThat(organization.credentials("admin")).isPresent();
            assertThat(organization.credentials("staff-town-1")).as("no demo district in production").isEmpty();
            assertThat(organization.countEnabledUsersAccepting("S3cure-initial-pw")).isEqualTo(1);
        }
    }

    @Test
    void production_refuses_to_start_while_demo_passwords_are_active() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            loadDemoDistrict(server);
            assertThatThrownBy(() -> production(server, null).run().close())
                    .hasStackTraceContaining("still use the demo password");
        }
    }

    @Test
    void production_refuses_an_adjustable_clock() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> production(server, "S3cure-initial-pw").run("--planflow.clock.adjustable=true").close())
                    .hasStackTraceContaining("planflow.clock.adjustable=true is refused");
        }
    }

    @Test
    void production_refuses_deployments_through_the_engines_doors() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> production(server, "S3cure-initial-pw").run("--planflow.engine.deployments-allowed=true").close())
                    .hasStackTraceContaining("planflow.engine.deployments-allowed=true is refused");
        }
    }

    private static SpringApplicationBuilder production(EmbeddedPostgres server, String adminPassword) {
        return new SpringApplicationBuilder(PlanFlowApplication.class)
                .profiles("prod")
                .properties(
                        "PLANFLOW_DB_URL=" + server.getJdbcUrl("postgres", "postgres"),
                        "PLANFLOW_DB_USER=postgres",
                        "PLANFLOW_DB_PASSWORD=",
                        "PLANFLOW_ADMIN_PASSWORD=" + (adminPassword == null ? "" : adminPassword),
                        "server.port=0",
                        "camunda.bpm.job-execution.enabled=false");
    }

    private static void loadDemoDistrict(EmbeddedPostgres server) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .update(new Contexts("demo"), new LabelExpression());
        }
    }
}
