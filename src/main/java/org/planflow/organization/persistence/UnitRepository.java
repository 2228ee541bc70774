package org.planflow.organization.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.organization.AliasKind;
import org.planflow.organization.ManagedUnit;
import org.planflow.organization.UnitAlias;
import org.planflow.organization.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units as the administrator manages them, and their aliases. */
@Repository
public class UnitRepository {

    private static final String UNIT_SELECT = """
            SELECT o.code, o.name, o.type, o.parent_code, o.head_username, h.display_name AS head_name, o.enabled,
                   (SELECT count(*) FROM app_user m WHERE m.unit_code = o.code AND m.enabled) AS members,
                   ARRAY(SELECT a.kind || ':' || a.alias FROM org_unit_alias a WHERE a.unit_code = o.code
                          ORDER BY a.created, a.alias) AS aliases
              FROM org_unit o LEFT JOIN app_user h ON h.username = o.head_username""";

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ManagedUnit> units() {
        return jdbc.sql(UNIT_SELECT + " ORDER BY o.enabled DESC, o.sort_order, o.code").query((rs, i) -> unit(rs)).list();
    }

    public List<ManagedUnit> units(int offset, int limit) {
        return jdbc.sql(UNIT_SELECT + " ORDER BY o.enabled DESC, o.sort_order, o.code OFFSET ? LIMIT ?").params(offset, limit)
                .query((rs, i) -> unit(rs)).list();
    }

    public long countUnits() {
        return jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single();
    }

    public Optional<ManagedUnit> unit(String code) {
        return jdbc.sql(UNIT_SELECT + " WHERE o.code = ?").param(code).query((rs, i) -> unit(rs)).optional();
    }

    /** The aliases of every unit in use, by unit code in display order. */
    public Map<String, List<UnitAlias>> aliasesOfEnabledUnits() {
        Map<String, List<UnitAlias>> aliases = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.unit_code, a.alias, a.kind FROM org_unit_alias a JOIN org_unit o ON o.code = a.unit_code
                 WHERE o.enabled ORDER BY o.sort_order, o.code, a.created, a.alias""")
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getString("unit_code"), code -> new ArrayList<>())
                            .add(new UnitAlias(rs.getString("alias"), AliasKind.valueOf(rs.getString("kind"))));
                });
        return aliases;
    }

    /** The aliases of these units, by unit code. */
    public Map<String, List<UnitAlias>> aliasesOf(List<String> codes) {
        Map<String, List<UnitAlias>> aliases = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_code, alias, kind FROM org_unit_alias WHERE unit_code = ANY(?) ORDER BY unit_code, created, alias")
                .param(codes.toArray(String[]::new))
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getString("unit_code"), code -> new ArrayList<>())
                            .add(new UnitAlias(rs.getString("alias"), AliasKind.valueOf(rs.getString("kind"))));
                });
        return aliases;
    }

    /** The unit in use whose name or alias this is (compared without case), if any. */
    public Optional<String> enabledUnitCalled(String name) {
        return jdbc.sql("""
                SELECT code FROM org_unit WHERE enabled AND lower(name) = lower(?)
                UNION ALL
                SELECT a.unit_code FROM org_unit_alias a JOIN org_unit o ON o.code = a.unit_code
                 WHERE o.enabled AND lower(a.alias) = lower(?)
                 LIMIT 1""")
                .params(name, name)
                .query(String.class)
                .optional();
    }

    /** The unit an alias belongs to, whether in use or not. */
    public Optional<String> aliasOwner(String alias) {
        return jdbc.sql("SELECT unit_code FROM org_unit_alias WHERE lower(alias) = lower(?)")
                .param(alias)
                .query(String.class)
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public void insert(String code, String name, UnitType type, String parent) {
        jdbc.sql("""
                INSERT INTO org_unit (code, name, type, parent_code, sort_order)
                VALUES (?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM org_unit))""")
                .params(code, name, type.name(), parent)
                .update();
    }

    public void update(String code, String name, UnitType type, String parent) {
        jdbc.sql("UPDATE org_unit SET name = ?, type = ?, parent_code = ? WHERE code = ?")
                .params(name, type.name(), parent, code)
                .update();
    }

    public void setHead(String code, String username) {
        jdbc.sql("UPDATE org_unit SET head_username = ? WHERE code = ?").params(username, code).update();
    }

    /** The units this user heads lose their head (the user left or was disabled); their codes. */
    public List<String> clearHeadship(String username) {
        return jdbc.sql("UPDATE org_unit SET head_username = NULL WHERE head_username = ? RETURNING code")
                .param(username)
                .query(String.class)
                .list();
    }

    public void setEnabled(String code, boolean enabled) {
        jdbc.sql("UPDATE org_unit SET enabled = ? WHERE code = ?").params(enabled, code).update();
    }

    /** Adds the alias to the unit, or moves it there from the unit that had it. */
    public void putAlias(String code, String alias, AliasKind kind) {
        jdbc.sql("""
                INSERT INTO org_unit_alias (alias, unit_code, kind) VALUES (?, ?, ?)
                ON CONFLICT ((lower(alias))) DO UPDATE SET alias = EXCLUDED.alias, unit_code = EXCLUDED.unit_code, kind = EXCLUDED.kind""")
                .params(alias, code, kind.name())
                .update();
    }

    public boolean deleteAlias(String code, String alias) {
        return jdbc.sql("DELETE FROM org_unit_alias WHERE unit_code = ? AND lower(alias) = lower(?)")
                .params(code, alias)
                .update() > 0;
    }

    private static ManagedUnit unit(ResultSet rs) throws SQLException {
        List<UnitAlias> aliases = new ArrayList<>();
        Array array = rs.getArray("aliases");
        if (array != null) {
            for (String entry : (String[]) array.getArray()) {
                int colon = entry.indexOf(':');
                aliases.add(new UnitAlias(entry.substring(colon + 1), AliasKind.valueOf(entry.substring(0, colon))));
            }
        }
        return new ManagedUnit(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getString("parent_code"), rs.getString("head_username"), rs.getString("head_name"),
                rs.getBoolean("enabled"), rs.getInt("members"), aliases);
    }
}
