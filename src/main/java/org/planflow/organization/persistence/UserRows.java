package org.planflow.organization.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;
import org.planflow.organization.UserAccount;

/** The columns of a user read with its unit and roles, and the mapping of users and units, shared by the repositories. */
final class UserRows {

    static final String COLUMNS = """
            u.username, u.display_name, u.enabled, u.email, u.locale, u.password_hash, u.locked,
            u.must_change_password, u.credentials_epoch, o.code AS unit_code, o.name AS unit_name, o.type AS unit_type,
            (o.head_username IS NULL OR o.head_username = u.username) AS answers_for_unit,
            o.head_username = u.username AS unit_head,
            ARRAY(SELECT r.role FROM user_role r WHERE r.username = u.username ORDER BY r.role) AS roles
            """;
    static final String SELECT = "SELECT " + COLUMNS + " FROM app_user u JOIN org_unit o ON o.code = u.unit_code";
    static final String BY_USERNAME = SELECT + " WHERE u.username = ?";

    private UserRows() {
    }

    static UserAccount account(ResultSet rs) throws SQLException {
        String locale = rs.getString("locale");
        return new UserAccount(rs.getString("username"), rs.getString("display_name"),
                unit(rs, "unit_code", "unit_name", "unit_type"), roles(rs), rs.getBoolean("enabled"),
                rs.getString("email"), locale == null ? null : Locale.forLanguageTag(locale));
    }

    static OrgUnit unit(ResultSet rs, String code, String name, String type) throws SQLException {
        return new OrgUnit(rs.getString(code), rs.getString(name), UnitType.valueOf(rs.getString(type)));
    }

    static Set<String> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        return array == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(Arrays.asList((String[]) array.getArray())));
    }
}
