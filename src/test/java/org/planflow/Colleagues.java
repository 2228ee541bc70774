package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.planflow.organization.TestDistrict;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Second accounts for races between colleagues, which the demo district (one staff member per unit, one
 * clerk) lacks: made through the administration API as ADMIN makes them, enabled for a test class and
 * disabled after it, so other tests meet only the demo district's people.
 */
public final class Colleagues {

    /** A second member of 区文化旅游局 (whlyj) beside {@code staff-whlyj}. */
    public static final String WHLYJ_STAFF = "race-staff-whlyj";
    /** A second clerk of the government office beside {@code office}. */
    public static final String OFFICE_CLERK = "race-office";

    private Colleagues() {
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
