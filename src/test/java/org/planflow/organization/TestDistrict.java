package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units and people a test adds to the demo district through the administration API, and their removal
 * afterwards, so other tests find the demo district as it was. Codes and usernames start with the
 * test's own prefix.
 */
public final class TestDistrict {

    /** The initial password of users created here; {@link #canLogInWithDemo} gives them the demo one. */
    static final String INITIAL_PASSWORD = "Chushi-2026";

    private TestDistrict() {
    }

    static void unit(ApiClient api, String code, String name, String type) {
        ApiClient.Response created = api.post("/api/admin/units", "admin",
                "{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"parent\":\"leadership\"}".formatted(code, name, type));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    public static void user(ApiClient api, String username, String name, String unit, String role) {
        ApiClient.Response created = api.post("/api/admin/users", "admin",
                "{\"username\":\"%s\",\"displayName\":\"%s\",\"unit\":\"%s\",\"roles\":[\"%s\"],\"password\":\"%s\"}"
                        .formatted(username, name, unit, role, INITIAL_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The user as if they had chosen the demo password, so the test client logs in as with demo accounts. */
    public static void canLogInWithDemo(JdbcClient jdbc, String username) {
        jdbc.sql("""
                UPDATE app_user SET must_change_password = false,
                       password_hash = (SELECT password_hash FROM app_user WHERE username = 'office') WHERE username = ?""")
                .param(username).update();
    }

    /** Removes the units and users whose codes and usernames start with the prefix, and their traces. */
    static void remove(JdbcClient jdbc, String prefix) {
        String like = prefix + "%";
        jdbc.sql("UPDATE org_unit SET head_username = NULL WHERE head_username LIKE ?").param(like).update();
        jdbc.sql("DELETE FROM app_user WHERE username LIKE ?").param(like).update();
        jdbc.sql("DELETE FROM org_unit_alias WHERE unit_code LIKE ?").param(like).update();
        jdbc.sql("UPDATE org_unit SET parent_code = NULL WHERE parent_code LIKE ?").param(like).update();
        jdbc.sql("DELETE FROM org_unit WHERE code LIKE ?").param(like).update();
    }
}
