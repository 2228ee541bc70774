package org.planflow.circulation.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.circulation.Bulletin;
import org.planflow.circulation.BulletinReading;
import org.planflow.circulation.BulletinRequest;
import org.planflow.plan.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BulletinRepository {

    private static final String SELECT_READING = """
            SELECT r.*, b.title, b.doc_number, b.plan_id, b.published_at, b.read_due, u.name AS unit_name,
                   rb.display_name AS read_by_name
              FROM bulletin_reading r
              JOIN bulletin b ON b.id = r.bulletin_id
              JOIN org_unit u ON u.code = r.unit_code
              LEFT JOIN app_user rb ON rb.username = r.read_by
            """;

    private final JdbcClient jdbc;

    public BulletinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(BulletinRequest request, String docNumber, Instant readDue, String publishedBy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO bulletin (plan_id, source, title, doc_number, issuer, issuer_mark, addressees, body, read_due,
                                              published_by, published_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(request.planId(), request.source(), request.title(), docNumber, request.issuer(), request.issuerMark(),
                        request.addressees(), request.body(), readDue == null ? null : Timestamp.from(readDue), publishedBy,
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    /** One reading per unit in a single statement; returns the new ids in the units' order. */
    public List<Long> insertReadings(long bulletinId, List<String> units) {
        return jdbc.sql("""
                        INSERT INTO bulletin_reading (bulletin_id, unit_code)
                        SELECT ?, unit FROM unnest(?::varchar[]) WITH ORDINALITY AS t(unit, n) ORDER BY n RETURNING id""")
                .params(bulletinId, units.toArray(String[]::new)).query(Long.class).list();
    }

    public void setProcessInstances(List<Long> ids, List<String> processInstanceIds) {
        jdbc.sql("""
                        UPDATE bulletin_reading r SET process_instance_id = t.instance
                          FROM unnest(?::bigint[], ?::varchar[]) AS t(id, instance) WHERE r.id = t.id""")
                .params(ids.toArray(Long[]::new), processInstanceIds.toArray(String[]::new)).update();
    }

    public Optional<Bulletin> find(long id) {
        return jdbc.sql("SELECT * FROM bulletin WHERE id = ?").param(id).query((rs, i) -> bulletin(rs)).optional();
    }

    public Optional<BulletinReading> reading(long id) {
        return jdbc.sql(SELECT_READING + " WHERE r.id = ?").param(id).query((rs, i) -> reading(rs)).optional();
    }

    public Optional<BulletinReading> readingOfProcess(String processInstanceId) {
        return jdbc.sql(SELECT_READING + " WHERE r.process_instance_id = ?").param(processInstanceId)
                .query((rs, i) -> reading(rs)).optional();
    }

    /** The reading with its row locked, so two clicks on 已阅 run one after the other. */
    public Optional<BulletinReading> lockReading(long id) {
        jdbc.sql("SELECT id FROM bulletin_reading WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return reading(id);
    }

    public void markRead(long id, String username, Instant at, boolean late) {
        jdbc.sql("UPDATE bulletin_reading SET read_by = ?, read_at = ?, late = ? WHERE id = ?")
                .params(username, Timestamp.from(at), late, id).update();
    }

    public List<BulletinReading> readingsOf(long bulletinId) {
        return jdbc.sql(SELECT_READING + " WHERE r.bulletin_id = ? ORDER BY u.sort_order, u.code").param(bulletinId)
                .query((rs, i) -> reading(rs)).list();
    }

    public boolean deliveredTo(long bulletinId, String unit) {
        return jdbc.sql("SELECT count(*) FROM bulletin_reading WHERE bulletin_id = ? AND unit_code = ?")
                .params(bulletinId, unit).query(Long.class).single() > 0;
    }

    public List<BulletinReading> ofUnit(String unit, boolean read, int offset, int limit) {
        return jdbc.sql(SELECT_READING + " WHERE r.unit_code = ? AND (r.read_at IS NOT NULL) = ? ORDER BY r.bulletin_id DESC OFFSET ? LIMIT ?")
                .params(unit, read, offset, limit).query((rs, i) -> reading(rs)).list();
    }

    public long countOfUnit(String unit, boolean read) {
        return jdbc.sql("SELECT count(*) FROM bulletin_reading WHERE unit_code = ? AND (read_at IS NOT NULL) = ?")
                .params(unit, read).query(Long.class).single();
    }

    private static Bulletin bulletin(ResultSet rs) throws SQLException {
        return new Bulletin(rs.getLong("id"), (Long) rs.getObject("plan_id"), rs.getString("source"), rs.getString("title"),
                rs.getString("doc_number"), rs.getString("issuer"), rs.getString("issuer_mark"), rs.getString("addressees"),
                rs.getString("body"), instant(rs, "read_due"), rs.getString("published_by"), instant(rs, "published_at"));
    }

    private static BulletinReading reading(ResultSet rs) throws SQLException {
        return new BulletinReading(rs.getLong("id"), rs.getLong("bulletin_id"), rs.getString("title"), rs.getString("doc_number"),
                (Long) rs.getObject("plan_id"), instant(rs, "published_at"), instant(rs, "read_due"),
                new UnitRef(rs.getString("unit_code"), rs.getString("unit_name")), rs.getString("read_by"),
                rs.getString("read_by_name"), instant(rs, "read_at"), rs.getBoolean("late"),
                rs.getString("process_instance_id"));
    }
}
