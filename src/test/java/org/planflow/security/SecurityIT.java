package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class SecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    OrganizationService organization;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void unlockEveryone() {
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_failure_address").update();
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        ApiClient.Response response = api.anonymousGet("/inbox");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/login");
    }

    @Test
    void anonymous_api_call_gets_401_as_problem_json() {
        ApiClient.Response response = api.anonymousGet("/api/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void unit_staff_may_not_open_camunda_webapps_or_engine_rest() {
        assertThat(api.get("/camunda/app/cockpit/default/", "staff-town-1").status()).isEqualTo(403);
        ApiClient.Response rest = api.get("/engine-rest/engine", "staff-town-1");
        assertThat(rest.status()).isEqualTo(403);
        assertThat(rest.contentType()).startsWith("application/problem+json");
    }

    @Test
    void admin_may_use_engine_rest_and_sees_planflow_users_and_groups_there() {
        assertThat(api.get("/engine-rest/engine", "admin").status()).isEqualTo(200);
        JsonNode groups = api.get("/engine-rest/group?member=staff-town-1", "admin").json();
        assertThat(groups.findValuesAsText("id")).contains("town-1", "role-unit_staff", "town-1.unit_staff");
        JsonNode user = api.get("/engine-rest/user/leader/profile", "admin").json();
        assertThat(user.path("firstName").asText()).isEqualTo("李副区长");
    }

    @Test
    void admin_reaches_camunda_cockpit_with_the_same_login() {
        assertThat(api.get("/camunda/app/cockpit/default/", "admin").status()).isEqualTo(200);
    }

    @Test
    void only_admin_reads_metrics_while_health_is_public() {
        assertThat(api.anonymousGet("/actuator/health").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", "supervisor").status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", "admin").status()).isEqualTo(200);
        assertThat(api.get("/actuator/info", "admin").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
            "office, gov-office, OFFICE, OFFICE_CLERK",
            "leader, leadership, LEADERSHIP, LEADER",
            "leader2, leadership, LEADERSHIP, LEADER",
            "supervisor, supervision, SUPERVISION, SUPERVISOR",
            "drafter, scjgj, DEPARTMENT, DRAFTER",
            "reviewer, scjgj, DEPARTMENT, DEPT_REVIEWER PLAN_OFFICE",
            "staff-scjgj, scjgj, DEPARTMENT, UNIT_STAFF PLAN_OFFICE",
            "staff-fgw, fgw, DEPARTMENT, UNIT_STAFF",
            "staff-town-1, town-1, TOWNSHIP, UNIT_STAFF",
            "staff-street-3, street-3, STREET, UNIT_STAFF",
            "admin, it, DEPARTMENT, ADMIN"})
    void me_tells_each_demo_account_its_unit_and_roles(String username, String unit, String type, String roles) {
        JsonNode me = api.get("/api/me", username).json();
        assertThat(me.path("username").asText()).isEqualTo(username);
        assertThat(me.path("displayName").asText()).isNotBlank();
        assertThat(me.path("unit").path("code").asText()).isEqualTo(unit);
        assertThat(me.path("unit").path("type").asText()).isEqualTo(type);
        assertThat(me.path("unit").path("name").asText()).isNotBlank();
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder(roles.split(" "));
    }

    @Test
    void units_lists_the_demo_district() {
        JsonNode units = api.get("/api/units", "staff-town-1").items();
        assertThat(units).hasSize(24);
        assertThat(units.findValuesAsText("code")).contains("gov-office", "town-6", "street-3", "it");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(api.get("/api/me", "staff-town-5", "wrong").status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", "staff-town-5", "demo").status())
                .as("even the right password is refused while locked").isEqualTo(401);
        assertThat(api.get("/api/me", "staff-town-6", "demo").status())
                .as("other accounts are not affected").isEqualTo(200);
    }

    @Test
    void a_successful_login_resets_the_failure_count() {
        for (int attempt = 0; attempt < 4; attempt++) {
            api.get("/api/me", "staff-street-2", "wrong");
        }
        assertThat(api.get("/api/me", "staff-street-2", "demo").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            api.get("/api/me", "staff-street-2", "wrong");
        }
        assertThat(api.get("/api/me", "staff-street-2", "demo").status()).isEqualTo(200);
    }

    @Test
    void production_refuses_to_start_while_a_demo_password_is_active() {
        DemoPasswordGuard guard = new DemoPasswordGuard(organization);
        assertThatThrownBy(() -> guard.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password");
    }

    @Test
    void the_clock_cannot_be_moved_unless_enabled() {
        assertThat(api.post("/api/admin/clock", "admin", "{\"now\":\"2026-03-02T09:00:00+08:00\"}").status()).isEqualTo(404);
    }

    @Test
    void stored_passwords_are_bcrypt_hashes() {
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'leader'").query(String.class).single())
                .startsWith("{bcrypt}$2");
    }
}
