package org.planflow.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The district's units (org_unit) as everyone sees them: code, name and type; {@link UnitRepository} manages them. */
@Repository
public class OrgUnitRepository {

    private final JdbcClient jdbc;

    public OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units in use, in display order. */
    public List<OrgUnit> units() {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE enabled ORDER BY sort_order, code")
                .query((rs, i) -> UserRows.unit(rs, "code", "name", "type"))
                .list();
    }

    public List<String> enabledUnitCodesOfType(UnitType type) {
        return jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type = ? ORDER BY sort_order, code")
                .param(type.name()).query(String.class).list();
    }

    /** One page of the units in use, in their display order. */
    public List<OrgUnit> units(int offset, int limit) {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE enabled ORDER BY sort_order, code OFFSET ? LIMIT ?")
                .params(offset, limit)
                .query((rs, i) -> UserRows.unit(rs, "code", "name", "type"))
                .list();
    }

    public long countUnits() {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE enabled").query(Long.class).single();
    }

    /** Every unit, those no longer in use included: their groups still hold old tasks and history. */
    public List<OrgUnit> allUnits() {
        return jdbc.sql("SELECT code, name, type FROM org_unit ORDER BY sort_order, code")
                .query((rs, i) -> UserRows.unit(rs, "code", "name", "type"))
                .list();
    }

    public Optional<OrgUnit> unit(String code) {
        return jdbc.sql("SELECT code, name, type FROM org_unit WHERE code = ?")
                .param(code)
                .query((rs, i) -> UserRows.unit(rs, "code", "name", "type"))
                .optional();
    }

    public void insertUnitIfMissing(String code, String name, UnitType type) {
        jdbc.sql("INSERT INTO org_unit (code, name, type) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                .params(code, name, type.name())
                .update();
    }
}
