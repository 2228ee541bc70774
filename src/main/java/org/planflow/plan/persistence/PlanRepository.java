package org.planflow.plan.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.LeadGroup;
import org.planflow.plan.ImportWarning;
import org.planflow.plan.LeadingGroup;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.Submission;
import org.planflow.plan.UnitRef;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;
import org.planflow.shared.Target;
import org.planflow.shared.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans (plan) with their sections (plan_section) and breakdown items (plan_item), read whole with their
 * attachments' descriptions; attachments, revisions and the plan list have repositories of their own.
 */
@Repository
public class PlanRepository {

    private static final TypeReference<List<UnitRef>> UNIT_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<TaskKind, Integer>> STEP_DAYS = new TypeReference<>() { };
    private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() { };
    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public PlanRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String title, String type, String docNumber, String leadUnit, String drafter, List<ImportWarning> warnings,
                       Long parentPlanId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO plan (title, plan_type, doc_number, lead_unit, drafter, status, import_warnings, parent_plan_id,
                                          created, updated)
                        VALUES (?, ?, ?, ?, ?, 'DRAFTING', ?, ?, ?, ?) RETURNING id""")
                .params(title, type, docNumber, leadUnit, drafter, warningLines(warnings), parentPlanId, Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    /** The plan row locked for an update, so concurrent saves take turns and revisions stay in order. */
    public Optional<PlanStatus> lockStatus(long id) {
        return jdbc.sql("SELECT status FROM plan WHERE id = ? FOR UPDATE").param(id)
                .query((rs, i) -> PlanStatus.valueOf(rs.getString(1))).optional();
    }

    public Optional<Plan> find(long id) {
        return jdbc.sql("""
                        SELECT p.*, u.name AS lead_unit_name, d.display_name AS drafter_name, o.name AS office_unit_name
                          FROM plan p JOIN org_unit u ON u.code = p.lead_unit JOIN app_user d ON d.username = p.drafter
                          LEFT JOIN org_unit o ON o.code = p.office_unit
                         WHERE p.id = ?""")
                .param(id)
                .query((rs, i) -> plan(rs, id))
                .optional();
    }

    public void updateHeader(long id, String title, String type, String docNumber, int revision, Instant now) {
        jdbc.sql("UPDATE plan SET title = ?, plan_type = ?, doc_number = ?, revision = ?, updated = ? WHERE id = ?")
                .params(title, type, docNumber, revision, Timestamp.from(now), id).update();
    }

    public void setStatus(long id, PlanStatus status, Instant now) {
        jdbc.sql("UPDATE plan SET status = ?, updated = ? WHERE id = ?").params(status.name(), Timestamp.from(now), id).update();
    }

    /** Lets these units read the plan too, e.g. the recipients of its issuance; units already there stay once. */
    public void addReaders(long id, Collection<String> units) {
        jdbc.sql("UPDATE plan SET reader_units = ARRAY(SELECT DISTINCT u FROM unnest(reader_units || ?::varchar[]) AS u) WHERE id = ?")
                .params(units.toArray(String[]::new), id).update();
    }

    public List<Long> subPlanIds(long parentPlanId) {
        return jdbc.sql("SELECT id FROM plan WHERE parent_plan_id = ? ORDER BY id").param(parentPlanId).query(Long.class).list();
    }

    public Optional<String> responsibleLeader(long id) {
        return jdbc.sql("SELECT responsible_leader FROM plan WHERE id = ? AND responsible_leader IS NOT NULL")
                .param(id).query(String.class).optional();
    }

    public void setResponsibleLeader(long id, String leader) {
        jdbc.sql("UPDATE plan SET responsible_leader = ? WHERE id = ?").params(leader, id).update();
    }

    public void setResponsibleLeaderIfNone(long id, String leader) {
        jdbc.sql("UPDATE plan SET responsible_leader = ? WHERE id = ? AND responsible_leader IS NULL").params(leader, id).update();
    }

    /** The plan's office unit; null clears it. */
    public void setOffice(long id, String officeUnit) {
        jdbc.sql("UPDATE plan SET office_unit = ? WHERE id = ?").params(officeUnit, id).update();
    }

    /** The leading group the plan's office serves; null clears it. */
    public void setLeadingGroup(long id, LeadingGroup leadingGroup) {
        jdbc.sql("UPDATE plan SET leading_group = ?::jsonb WHERE id = ?")
                .params(leadingGroup == null ? null : write(leadingGroup), id).update();
    }

    /** The plan's office unit, where it names one. */
    public Optional<String> officeUnit(long id) {
        return jdbc.sql("SELECT office_unit FROM plan WHERE id = ? AND office_unit IS NOT NULL").param(id).query(String.class).optional();
    }

    public void setDocNumber(long id, String docNumber, Instant now) {
        jdbc.sql("UPDATE plan SET doc_number = ?, updated = ? WHERE id = ?").params(docNumber, Timestamp.from(now), id).update();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE plan SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    public void setSubmission(long id, Submission submission) {
        jdbc.sql("UPDATE plan SET consult_units = ?, consult_working_days = ?, approvers = ?, step_working_days = ?::jsonb WHERE id = ?")
                .params(submission.consultUnits().toArray(String[]::new), submission.consultWorkingDays(),
                        submission.approvers().toArray(String[]::new), json(submission.stepWorkingDays()), id)
                .update();
    }

    public void replaceContent(long id, List<PlanSection> sections, List<BreakdownItem> items) {
        jdbc.sql("DELETE FROM plan_section WHERE plan_id = ?").param(id).update();
        jdbc.sql("DELETE FROM plan_item WHERE plan_id = ?").param(id).update();
        int position = 0;
        for (PlanSection section : sections) {
            jdbc.sql("INSERT INTO plan_section (plan_id, position, outline, level, heading, body) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, position++, nullToEmpty(section.outline()), section.level(), nullToEmpty(section.heading()),
                            nullToEmpty(section.body()))
                    .update();
        }
        for (BreakdownItem item : items) {
            jdbc.sql("""
                            INSERT INTO plan_item (plan_id, seq, category, indicator, score, scoring_method, lead_unit_code,
                                                   lead_unit_name, coop_units, due_date, lead_group, milestones, cadence,
                                                   targets)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)""")
                    .params(id, item.seq(), item.category(), item.indicator(), item.score(), item.scoringMethod(),
                            item.leadUnit() == null ? null : item.leadUnit().code(),
                            item.leadUnit() == null ? null : item.leadUnit().name(),
                            write(item.coopUnits()), item.dueDate(),
                            item.leadGroup() == null ? null : item.leadGroup().name(), write(item.milestones()),
                            item.cadence() == null ? null : item.cadence().name(), write(item.targets()))
                    .update();
        }
    }

    private Plan plan(ResultSet rs, long id) throws SQLException {
        List<PlanSection> sections = jdbc.sql("SELECT outline, level, heading, body FROM plan_section WHERE plan_id = ? ORDER BY position")
                .param(id)
                .query((row, i) -> new PlanSection(row.getString("outline"), row.getInt("level"), row.getString("heading"),
                        row.getString("body")))
                .list();
        List<BreakdownItem> items = jdbc.sql("""
                        SELECT i.*, u.name AS unit_name FROM plan_item i LEFT JOIN org_unit u ON u.code = i.lead_unit_code
                         WHERE i.plan_id = ? ORDER BY i.seq""")
                .param(id)
                .query((row, i) -> item(row))
                .list();
        List<AttachmentInfo> attachments = jdbc.sql("""
                        SELECT id, file_name, content_type, size, uploaded_by, uploaded_at FROM plan_attachment
                         WHERE plan_id = ? ORDER BY id""")
                .param(id)
                .query((row, i) -> new AttachmentInfo(row.getLong("id"), row.getString("file_name"),
                        row.getString("content_type"), row.getLong("size"), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toInstant()))
                .list();
        String warnings = rs.getString("import_warnings");
        return new Plan(id, rs.getString("title"), rs.getString("plan_type"), rs.getString("doc_number"),
                new UnitRef(rs.getString("lead_unit"), rs.getString("lead_unit_name")), rs.getString("drafter"),
                rs.getString("drafter_name"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), sections,
                items, attachments, strings(rs.getArray("consult_units")), rs.getObject("consult_working_days", Integer.class),
                strings(rs.getArray("approvers")), steps(rs.getString("step_working_days")), warnings(warnings),
                rs.getTimestamp("created").toInstant(), rs.getTimestamp("updated").toInstant(),
                rs.getString("process_instance_id"), strings(rs.getArray("reader_units")), rs.getString("responsible_leader"),
                rs.getString("office_unit") == null ? null : new UnitRef(rs.getString("office_unit"), rs.getString("office_unit_name")),
                leadingGroup(rs.getString("leading_group")), (Long) rs.getObject("parent_plan_id"), period(rs),
                rs.getString("cadence") == null ? null : Cadence.valueOf(rs.getString("cadence")),
                rs.getObject("report_due_days", Integer.class));
    }

    private BreakdownItem item(ResultSet row) throws SQLException {
        String code = row.getString("lead_unit_code");
        String name = code != null && row.getString("unit_name") != null ? row.getString("unit_name") : row.getString("lead_unit_name");
        LocalDate due = row.getObject("due_date", LocalDate.class);
        UnitRef lead = code == null && name == null ? null : new UnitRef(code, name);
        String group = row.getString("lead_group");
        return new BreakdownItem(row.getInt("seq"), row.getString("category"), row.getString("indicator"),
                row.getBigDecimal("score"), row.getString("scoring_method"), lead, read(row.getString("coop_units"), UNIT_LIST), due,
                group == null ? null : LeadGroup.valueOf(group), read(row.getString("milestones"), MILESTONES),
                row.getString("cadence") == null ? null : Cadence.valueOf(row.getString("cadence")),
                read(row.getString("targets"), TARGETS));
    }

    static Period period(ResultSet rs) throws SQLException {
        LocalDate start = rs.getObject("period_start", LocalDate.class);
        return start == null ? null : new Period(start, rs.getObject("period_end", LocalDate.class));
    }

    /** The plan's period, the cadence its items report at and the days after a period's end a report is due. */
    public void setSchedule(long id, Period period, Cadence cadence, Integer reportDueDays) {
        jdbc.sql("UPDATE plan SET period_start = ?, period_end = ?, cadence = ?, report_due_days = ? WHERE id = ?")
                .params(period == null ? null : period.start(), period == null ? null : period.end(),
                        cadence == null ? null : cadence.name(), reportDueDays, id)
                .update();
    }

    public void setItemDue(long id, int seq, LocalDate due) {
        jdbc.sql("UPDATE plan_item SET due_date = ? WHERE plan_id = ? AND seq = ?").params(due, id, seq).update();
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable item column: " + text, e);
        }
    }

    private LeadingGroup leadingGroup(String text) {
        try {
            return text == null ? null : json.readValue(text, LeadingGroup.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable leading group: " + text, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Map<TaskKind, Integer> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TaskKind, Integer> steps(String steps) {
        try {
            return json.readValue(steps, STEP_DAYS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable step deadlines: " + steps, e);
        }
    }


    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public void setWarnings(long id, List<ImportWarning> warnings) {
        jdbc.sql("UPDATE plan SET import_warnings = ? WHERE id = ?").params(warningLines(warnings), id).update();
    }

    /** One warning a line, its code and values separated by tabs; null for none. */
    private static String warningLines(List<ImportWarning> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        for (ImportWarning warning : warnings) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(warning.code());
            warning.values().forEach(value -> lines.append('\t').append(value));
        }
        return lines.toString();
    }

    /** The stored warnings, one a line: the code, then its values, separated by tabs. */
    private static List<ImportWarning> warnings(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        List<ImportWarning> warnings = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] parts = line.split("\t", -1);
            warnings.add(new ImportWarning(parts[0], List.of(parts).subList(1, parts.length)));
        }
        return warnings;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
