package org.planflow.circulation.persistence;

import static org.planflow.shared.database.Timestamps.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.planflow.circulation.Issuance;
import org.planflow.circulation.IssueForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IssuanceRepository {

    private final JdbcClient jdbc;

    public IssuanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the clerk's issuance before its number is taken; returns its id. */
    public long insert(Issuance issuance) {
        return jdbc.sql("""
                        INSERT INTO issuance (plan_id, prefix, issue_form, issue_date, recipients, ack_working_days, ack_due,
                                              notice_title, addressees, notice_text, issued_by, issued_at, sub_plan_units,
                                              sub_plan_working_days, sub_plan_due)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(issuance.planId(), issuance.prefix(), issuance.form().name(), Date.valueOf(issuance.issueDate()),
                        issuance.recipients().toArray(String[]::new), issuance.ackWorkingDays(),
                        Timestamp.from(issuance.ackDue()), issuance.noticeTitle(), issuance.addressees(),
                        issuance.noticeText(), issuance.issuedBy(), Timestamp.from(issuance.issuedAt()),
                        issuance.subPlanUnits().toArray(String[]::new), issuance.subPlanWorkingDays(),
                        issuance.subPlanDue() == null ? null : Timestamp.from(issuance.subPlanDue()))
                .query(Long.class).single();
    }

    public void setNumber(long id, int number, String docNumber) {
        jdbc.sql("UPDATE issuance SET number = ?, doc_number = ? WHERE id = ?").params(number, docNumber, id).update();
    }

    public Optional<Issuance> find(long id) {
        return jdbc.sql("SELECT * FROM issuance WHERE id = ?").param(id).query((rs, i) -> issuance(rs)).optional();
    }

    public Optional<Issuance> ofPlan(long planId) {
        return jdbc.sql("SELECT * FROM issuance WHERE plan_id = ?").param(planId).query((rs, i) -> issuance(rs)).optional();
    }

    private static Issuance issuance(ResultSet rs) throws SQLException {
        return new Issuance(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("prefix"),
                IssueForm.valueOf(rs.getString("issue_form")), rs.getDate("issue_date").toLocalDate(),
                List.of((String[]) rs.getArray("recipients").getArray()), rs.getInt("ack_working_days"),
                instant(rs.getTimestamp("ack_due")), rs.getString("notice_title"), rs.getString("addressees"),
                rs.getString("notice_text"), rs.getString("doc_number"), rs.getString("issued_by"),
                instant(rs.getTimestamp("issued_at")), List.of((String[]) rs.getArray("sub_plan_units").getArray()),
                (Integer) rs.getObject("sub_plan_working_days"), instant(rs.getTimestamp("sub_plan_due")));
    }
}
