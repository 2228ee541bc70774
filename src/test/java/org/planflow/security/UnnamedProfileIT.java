package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.SessionClient;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A start under a profile PlanFlow has never heard of ("staging"), on an empty embedded database, with the
 * first administrator's password from the environment and behind a proxy at 127.0.0.1, as an operator
 * might set up a test server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planflow.database.embedded.data-dir=", "camunda.bpm.job-execution.enabled=false",
                "PLANFLOW_ADMIN_PASSWORD=" + UnnamedProfileIT.ADMIN_PASSWORD,
                // As PLANFLOW_TRUSTED_PROXY=127\.0\.0\.1 (backslashes doubled for the properties format).
                "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1"})
@ActiveProfiles("staging")
class UnnamedProfileIT {

    static final String ADMIN_PASSWORD = "Erstes-Passwort-2026";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityProperties limits;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_failure_address").update();
    }

    @Test
    void no_demo_account_or_unit_is_loaded() {
        assertThat(jdbc.sql("SELECT username FROM app_user WHERE username NOT LIKE 'test-%'").query(String.class).list())
                .containsExactly("admin");
        assertThat(jdbc.sql("SELECT count(*) FROM databasechangelog WHERE contexts LIKE '%demo%'").query(Long.class).single())
                .as("no changeset of the demo context ran").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_first_administrator_changes_the_password_from_the_environment_before_anything_else() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response me = api.get("/api/me", "admin", ADMIN_PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("mustChangePassword").asBoolean()).isTrue();
        ApiClient.Response units = api.get("/api/units", "admin", ADMIN_PASSWORD);
        assertThat(units.status()).isEqualTo(403);
        assertThat(units.json().path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        ApiClient.Response cockpit = SessionClient.loggedIn(port, "admin", ADMIN_PASSWORD).get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).as("Cockpit waits too").isEqualTo(302);
        assertThat(cockpit.location()).doesNotEndWith("/camunda/app/cockpit/default/").doesNotContain("login");

        String chosen = "Eigenes-Passwort-2026";
        assertThat(api.put("/api/me/password", "admin", ADMIN_PASSWORD,
                "{\"currentPassword\":\"" + ADMIN_PASSWORD + "\",\"newPassword\":\"" + chosen + "\"}").status()).isEqualTo(204);

        assertThat(api.get("/api/units", "admin", chosen).status()).isEqualTo(200);
        assertThat(SessionClient.loggedIn(port, "admin", chosen).get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    }

    @Test
    void the_configured_proxys_x_forwarded_for_is_the_client_address_and_nobody_elses() {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> context.getBean(UserAdminService.class)
                .create(new UserForm("test-proxy", "测试账户", "it", Set.of(Roles.UNIT_STAFF), null, "Chushi-2026")));
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = 'test-proxy'").update();
        ClientAt proxy = new ClientAt("127.0.0.1", port);
        try (LoginEvents events = new LoginEvents(context)) {
            for (int attempt = 0; attempt < limits.maxFailedLogins(); attempt++) {
                assertThat(proxy.get("/api/me", "test-proxy", "guess", "X-Forwarded-For", "203.0.113.7").status()).isEqualTo(401);
            }
            assertThat(proxy.get("/api/me", "test-proxy", "Chushi-2026", "X-Forwarded-For", "203.0.113.7").status())
                    .as("the guesser's address is locked").isEqualTo(401);
            assertThat(proxy.get("/api/me", "test-proxy", "Chushi-2026", "X-Forwarded-For", "198.51.100.9").status())
                    .as("the owner behind the same proxy, from another address").isEqualTo(200);
            new ClientAt("127.0.0.2", port).get("/api/me", "test-proxy", "Chushi-2026", "X-Forwarded-For", "203.0.113.7");

            assertThat(events.attempts()).extracting(LoginAttempted::clientAddress)
                    .as("the header counts from the proxy alone").endsWith("203.0.113.7", "198.51.100.9", "127.0.0.2");
            assertThat(events.lockouts()).extracting(AccountLockedOut::clientAddress).containsExactly("203.0.113.7");
        }
    }
}
