package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.planflow.organization.TestDistrict;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Second accounts for races between colleagues, which the demo district (one staff member per unit, one
 * clerk) lacks: made through the administration API as ADMIN makes them, enabled for a test class and
 * disabled after it, so other tests meet only the demo district's people. As a JUnit extension of a racing test
 * class ({@code @ExtendWith(Colleagues.class)}) it hires them before the class and, after it, dismisses them and logs
 * how every race run so far ended.
 */
public final class Colleagues implements BeforeAllCallback, AfterAllCallback {

    /** A second member of 区文化旅游局 (whlyj) beside {@code staff-whlyj}. */
    public static final String WHLYJ_STAFF = "race-staff-whlyj";
    /** A second clerk of the government office beside {@code office}. */
    public static final String OFFICE_CLERK = "race-office";

    @Override
    public void beforeAll(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        hire(api(context), context.getBean(JdbcClient.class));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        dismiss(api(SpringExtension.getApplicationContext(extension)));
        LoggerFactory.getLogger(extension.getRequiredTestClass()).info("Races run so far:\n{}", Race.tally(""));
    }

    private static ApiClient api(ApplicationContext context) {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    /** Creates both on first use, else enables them again; they log in with the demo password. */
    public static void hire(ApiClient api, JdbcClient jdbc) {
        hire(api, jdbc, WHLYJ_STAFF, "文旅局二号", "whlyj", Roles.UNIT_STAFF);
        hire(api, jdbc, OFFICE_CLERK, "办公室二号", "gov-office", Roles.OFFICE_CLERK);
    }

    /** Disables both, as ADMIN does when people leave; their claimed tasks go back to their unit. */
    public static void dismiss(ApiClient api) {
        for (String username : List.of(WHLYJ_STAFF, OFFICE_CLERK)) {
            assertThat(api.post("/api/admin/users/" + username + "/disable", "admin", null).status()).isEqualTo(200);
        }
    }

    private static void hire(ApiClient api, JdbcClient jdbc, String username, String name, String unit, String role) {
        if (api.get("/api/admin/users/" + username, "admin").status() == 404) {
            TestDistrict.user(api, username, name, unit, role);
            TestDistrict.canLogInWithDemo(jdbc, username);
        } else {
            assertThat(api.post("/api/admin/users/" + username + "/enable", "admin", null).status()).isEqualTo(200);
        }
    }
}
