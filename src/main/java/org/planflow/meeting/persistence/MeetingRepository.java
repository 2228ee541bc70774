package org.planflow.meeting.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.meeting.AttendanceStatus;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingKind;
import org.planflow.plan.UnitRef;
import org.planflow.shared.Cadence;
import org.planflow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A plan's meeting rhythm (meeting_rhythm), its meetings (meeting), their receipts and their decisions. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's beats in the kinds' order, and since when they are kept. */
    public record RhythmRow(MeetingKind kind, Cadence cadence, LocalDate since) {
    }

    public List<RhythmRow> rhythm(long planId) {
        return jdbc.sql("SELECT * FROM meeting_rhythm WHERE plan_id = ?").param(planId)
                .query((rs, i) -> new RhythmRow(MeetingKind.valueOf(rs.getString("kind")), Cadence.valueOf(rs.getString("cadence")),
                        rs.getDate("since").toLocalDate())).list().stream()
                .sorted((a, b) -> a.kind().compareTo(b.kind())).toList();
    }

    /** Replaces the plan's beats, each kept since the given day. */
    public void replaceRhythm(long planId, Map<MeetingKind, Cadence> beats, LocalDate since) {
        jdbc.sql("DELETE FROM meeting_rhythm WHERE plan_id = ?").param(planId).update();
        beats.forEach((kind, cadence) -> jdbc.sql("INSERT INTO meeting_rhythm (plan_id, kind, cadence, since) VALUES (?, ?, ?, ?)")
                .params(planId, kind.name(), cadence.name(), Date.valueOf(since)).update());
    }

    public record NewMeeting(long planId, MeetingKind kind, LocalDate date, String chair, String agenda, Instant attendanceDue,
                             List<String> units, String by, Instant at) {
    }

    public long insert(NewMeeting meeting) {
        long id = jdbc.sql("""
                        INSERT INTO meeting (plan_id, kind, meeting_date, chair, agenda, attendance_due, created_by, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(meeting.planId(), meeting.kind().name(), Date.valueOf(meeting.date()), meeting.chair(), meeting.agenda(),
                        Timestamp.from(meeting.attendanceDue()), meeting.by(), Timestamp.from(meeting.at()))
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO meeting_attendance (meeting_id, unit_code, position, status)
                        SELECT ?, unit, n, 'PENDING' FROM unnest(?::varchar[]) WITH ORDINALITY AS t(unit, n)""")
                .params(id, meeting.units().toArray(String[]::new)).update();
        return id;
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE meeting SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    public void setNoticeNumber(long id, String number) {
        jdbc.sql("UPDATE meeting SET notice_number = ? WHERE id = ?").params(number, id).update();
    }

    public List<Meeting> ofPlan(long planId, PageRequest page) {
        List<Long> ids = jdbc.sql("SELECT id FROM meeting WHERE plan_id = ? ORDER BY meeting_date DESC, id DESC OFFSET ? LIMIT ?")
                .params(planId, page.offset(), page.size()).query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    public long countOfPlan(long planId) {
        return jdbc.sql("SELECT count(*) FROM meeting WHERE plan_id = ?").param(planId).query(Long.class).single();
    }

    /** The plan's meetings of the kind held from the first to the last day, by date. */
    public Map<LocalDate, Long> heldBetween(long planId, MeetingKind kind, LocalDate first, LocalDate last) {
        Map<LocalDate, Long> held = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, meeting_date FROM meeting WHERE plan_id = ? AND kind = ? AND meeting_date BETWEEN ? AND ?
                         ORDER BY meeting_date, id""")
                .params(planId, kind.name(), Date.valueOf(first), Date.valueOf(last))
                .query(rs -> {
                    held.putIfAbsent(rs.getDate("meeting_date").toLocalDate(), rs.getLong("id"));
                });
        return held;
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ?").param(id).query((rs, i) -> meeting(rs)).optional();
    }

    public Optional<Meeting> ofProcess(String processInstanceId) {
        return jdbc.sql("SELECT id FROM meeting WHERE process_instance_id = ?").param(processInstanceId)
                .query(Long.class).optional().flatMap(this::find);
    }

    /** The meeting its process carries, its row locked so two answers to it take turns. */
    public Optional<Meeting> lockOfProcess(String processInstanceId) {
        return jdbc.sql("SELECT id FROM meeting WHERE process_instance_id = ? FOR UPDATE").param(processInstanceId)
                .query(Long.class).optional().flatMap(this::find);
    }

    public Optional<Meeting> lock(long id) {
        return jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional().flatMap(this::find);
    }

    public Optional<String> processInstance(long id) {
        return jdbc.sql("SELECT process_instance_id FROM meeting WHERE id = ?").param(id).query(String.class).optional();
    }

    public void answer(long id, String unit, AttendanceStatus status, String attendees, String reason, String by, Instant at) {
        jdbc.sql("""
                        UPDATE meeting_attendance SET status = ?, attendees = ?, reason = ?, answered_by = ?, answered_at = ?
                         WHERE meeting_id = ? AND unit_code = ?""")
                .params(status.name(), attendees, reason, by, Timestamp.from(at), id, unit).update();
    }

    /** Saves the minutes; the decisions that became items keep their item where their text stays at their place. */
    public void saveMinutes(long id, String text, List<String> decisions, String by, Instant at) {
        jdbc.sql("UPDATE meeting SET minutes_text = ?, minutes_by = ?, minutes_at = ? WHERE id = ?")
                .params(text, by, Timestamp.from(at), id).update();
        jdbc.sql("DELETE FROM meeting_minutes_decision WHERE meeting_id = ? AND (item_id IS NULL OR position > ?)")
                .params(id, decisions.size()).update();
        for (int i = 0; i < decisions.size(); i++) {
            jdbc.sql("""
                            INSERT INTO meeting_minutes_decision (meeting_id, position, text) VALUES (?, ?, ?)
                            ON CONFLICT (meeting_id, position) DO NOTHING""")
                    .params(id, i + 1, decisions.get(i)).update();
        }
    }

    public void setDecisionItem(long id, int position, long itemId) {
        jdbc.sql("UPDATE meeting_minutes_decision SET item_id = ? WHERE meeting_id = ? AND position = ?").params(itemId, id, position).update();
    }

    private Meeting meeting(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Meeting.Attendance> attendance = jdbc.sql("""
                        SELECT a.*, u.name AS unit_name FROM meeting_attendance a JOIN org_unit u ON u.code = a.unit_code
                         WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(id).query((row, i) -> new Meeting.Attendance(new UnitRef(row.getString("unit_code"), row.getString("unit_name")),
                        AttendanceStatus.valueOf(row.getString("status")), row.getString("attendees"), row.getString("reason"),
                        row.getString("answered_by"), instant(row.getTimestamp("answered_at")))).list();
        Meeting.Minutes minutes = null;
        if (rs.getString("minutes_text") != null) {
            List<Meeting.Decision> decisions = jdbc.sql("SELECT * FROM meeting_minutes_decision WHERE meeting_id = ? ORDER BY position")
                    .param(id).query((row, i) -> new Meeting.Decision(row.getInt("position"), row.getString("text"),
                            (Long) row.getObject("item_id"))).list();
            minutes = new Meeting.Minutes(rs.getString("minutes_text"), decisions, rs.getString("minutes_by"),
                    instant(rs.getTimestamp("minutes_at")));
        }
        return new Meeting(id, rs.getLong("plan_id"), MeetingKind.valueOf(rs.getString("kind")),
                rs.getDate("meeting_date").toLocalDate(), rs.getString("chair"), rs.getString("agenda"),
                instant(rs.getTimestamp("attendance_due")), attendance, minutes, rs.getString("notice_number"), rs.getString("created_by"),
                instant(rs.getTimestamp("created")));
    }
}
