package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowApplication;
import org.planflow.organization.OrganizationService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The prod profile (and other profiles than demo) against a PostgreSQL server (here: a separate, empty
 * one), as an operator starts it.
 */
class ProductionProfileIT {

    /**
     * Camunda's web app filters keep the application context in a static field that only a clean close
     * resets; a start refused halfway (the first administrator's password) would leave it to the next start
     * in this JVM, whose filters then fail.
     */
    @AfterEach
    void forgetARefusedStart() {
        CamundaWebappFilters.forgetContext();
    }

    private static final class CamundaWebappFilters extends LazyInitRegistration {

        static void forgetContext() {
            APPLICATION_CONTEXT = null;
        }
    }

    @Test
    void production_starts_on_an_empty_server_database_and_creates_the_first_administrator() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = production(server, "S3cure-initial-pw").run()) {
            OrganizationService organization = app.getBean(OrganizationService.class);
            assertThat(organization.credentials("admin").orElseThrow().mustChangePassword())
                    .as("the password from the environment is changed at the first login").isTrue();
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
    void any_start_without_the_demo_profile_refuses_demo_passwords_whatever_its_profile_is_called() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            loadDemoDistrict(server);
            assertThatThrownBy(() -> onServer(server, null, "staging").run().close())
                    .hasStackTraceContaining("still use the demo password");
        }
    }

    @Test
    void the_demo_and_prod_profiles_together_refuse_to_start_before_touching_the_database() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlanFlowApplication.class).profiles("demo", "prod")
                .properties("PLANFLOW_DB_URL=jdbc:postgresql://127.0.0.1:1/nowhere", "server.port=0").run().close())
                .hasStackTraceContaining("The profiles demo and prod exclude each other");
    }

    @Test
    void a_first_administrator_password_that_breaks_the_rules_refuses_to_start() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            assertThatThrownBy(() -> production(server, "admin").run().close())
                    .hasStackTraceContaining("PLANFLOW_ADMIN_PASSWORD breaks the password rules");
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
        return onServer(server, adminPassword, "prod");
    }

    /** Configured as an operator does it, through the environment, which outranks application.yaml. */
    private static SpringApplicationBuilder onServer(EmbeddedPostgres server, String adminPassword, String profile) {
        String url = server.getJdbcUrl("postgres", "postgres");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
                "planflow.database.mode", "server",
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "PLANFLOW_DB_URL", url,
                "PLANFLOW_DB_USER", "postgres",
                "PLANFLOW_DB_PASSWORD", "",
                "PLANFLOW_ADMIN_PASSWORD", adminPassword == null ? "" : adminPassword,
                "server.port", "0",
                "camunda.bpm.job-execution.enabled", "false")));
        return new SpringApplicationBuilder(PlanFlowApplication.class).environment(environment).profiles(profile);
    }

    private static void loadDemoDistrict(EmbeddedPostgres server) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            new Liquibase("db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .update(new Contexts("demo"), new LabelExpression());
        }
    }
}
