package org.planflow.circulation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.planflow.ApiClient;
import org.planflow.circulation.process.CirculationProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An issued plan delivered to one unit, made directly in the tables, and its acknowledgement process
 * started as issuance starts it: an ACKNOWLEDGE task lands in that unit's inbox, due when given (else in 30 days).
 * For tests of the inbox and the escalation ladder that need such a task without the whole approval.
 */
public final class TestDeliveries {

    private TestDeliveries() {
    }

    public static String deliver(RuntimeService runtime, JdbcClient jdbc, String unit, String planTitle, Instant due) {
        Instant now = Instant.now();
        Instant deadline = due == null ? now.plusSeconds(30L * 24 * 3600) : due;
        long planId = jdbc.sql("""
                        INSERT INTO plan (title, plan_type, lead_unit, drafter, status, created, updated, reader_units)
                        VALUES (?, '实施方案', 'scjgj', 'drafter', 'ISSUED', ?, ?, ARRAY[?]::varchar[]) RETURNING id""")
                .params(planTitle, Timestamp.from(now), Timestamp.from(now), unit).query(Long.class).single();
        long issuanceId = jdbc.sql("""
                        INSERT INTO issuance (plan_id, prefix, issue_form, issue_date, recipients, ack_working_days, ack_due,
                                              notice_title, addressees, notice_text, number, doc_number, issued_by, issued_at)
                        VALUES (?, '测试', 'ISSUE', ?, ARRAY[?]::varchar[], 3, ?, ?, ?, '现印发给你们。', ?, ?, 'office', ?) RETURNING id""")
                .params(planId, java.sql.Date.valueOf(LocalDate.now()), unit, Timestamp.from(deadline), "关于印发" + planTitle + "的通知",
                        unit + "：", (int) planId, "测试〔2026〕" + planId + "号", Timestamp.from(now))
                .query(Long.class).single();
        long deliveryId = jdbc.sql("""
                        INSERT INTO delivery (issuance_id, plan_id, unit_code, status, due, created)
                        VALUES (?, ?, ?, 'PENDING', ?, ?) RETURNING id""")
                .params(issuanceId, planId, unit, Timestamp.from(deadline), Timestamp.from(now)).query(Long.class).single();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CirculationProcess.VAR_DELIVERY_ID, deliveryId);
        variables.put(CirculationProcess.VAR_PLAN_ID, planId);
        variables.put(CirculationProcess.VAR_UNIT, unit);
        variables.put(CirculationProcess.VAR_PLAN_TITLE, planTitle);
        variables.put(CirculationProcess.VAR_ACK_DUE, Date.from(deadline));
        return runtime.startProcessInstanceByKey(CirculationProcess.KEY, "plan-" + planId, variables).getId();
    }

    /** A plan's deliveries as the API lists them: unit code to status. */
    public static Map<String, String> statuses(ApiClient api, long planId) {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode delivery : api.get("/api/plans/" + planId + "/acknowledgements?size=500", "office").json().path("deliveries").path("items")) {
            statuses.put(delivery.path("unit").path("code").asText(), delivery.path("status").asText());
        }
        return statuses;
    }
}
