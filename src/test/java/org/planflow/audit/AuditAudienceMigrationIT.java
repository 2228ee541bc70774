package org.planflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.shared.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changelog 025 gives audit rows written before it the unit and the assessment they concern, read from their details,
 * so older timelines show each unit its own part and nobody else's (docs/security.md, "The timeline, row by row").
 */
@PlanFlowTest
class AuditAudienceMigrationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void rows_written_before_025_get_their_unit_and_assessment_from_their_details() {
        ApiClient api = new ApiClient(port);
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();
        long planId = TestPlans.issued(api, """
                {"title":"审计回填测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"考核","body":"按表考核。"}],
                 "items":[{"category":"质量基础","indicator":"出台政策","score":4,"leadUnit":{"code":"scjgj"},"dueDate":"2027-12-31"}]}"""
                .formatted(System.nanoTime()), "[\"town-1\"]");
        long assessmentId = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":" + year + ",\"deadlineWorkingDays\":10}").json().path("id").asLong();
        Map<String, String[]> legacy = Map.of(
                "opinion", new String[] {"OPINION_GIVEN", "staff-fgw", "fgw: 2"},
                "noOpinion", new String[] {"OPINION_GIVEN", "staff-jxj", "jxj"},
                "rerouted", new String[] {"REROUTED", "office", "town-1 → town-2"},
                "read", new String[] {"BULLETIN_READ", "staff-czj", "督查通报〔2026〕3号 czj"},
                "contribution", new String[] {"CONTRIBUTION_ADDED", "staff-fgw", "fgw 2026-Q4"},
                "selfAssessed", new String[] {"SELF_ASSESSED", "staff-scjgj", year + " 区市场监管局 #1=2"},
                "evidence", new String[] {"ASSESSMENT_EVIDENCE_ADDED", "staff-jxj", year + " #1 文件.pdf"},
                "scored", new String[] {"ASSESSMENT_SCORED", "supervisor", year + " #1=1"});

        transactions.executeWithoutResult(status -> {
            legacy.forEach((key, row) -> jdbc.sql("""
                            INSERT INTO audit_event (plan_id, at, actor, action, details, comment) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(planId, Timestamp.from(Instant.now()), row[1], row[0], row[2], key).update());
            ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
                    new ClassPathResource("db/changelog/changes/025-audit-audience.sql"));

            assertThat(unitOf(planId, "opinion")).isEqualTo("fgw");
            assertThat(unitOf(planId, "noOpinion")).isEqualTo("jxj");
            assertThat(unitOf(planId, "rerouted")).isEqualTo("town-1");
            assertThat(unitOf(planId, "read")).isEqualTo("czj");
            assertThat(unitOf(planId, "contribution")).isEqualTo("fgw");
            assertThat(unitOf(planId, "selfAssessed")).isEqualTo("scjgj");
            assertThat(unitOf(planId, "evidence")).as("the unit of whoever added it").isEqualTo("jxj");
            assertThat(unitOf(planId, "scored")).as("the office's, no unit's").isNull();
            for (String key : new String[] {"selfAssessed", "evidence", "scored"}) {
                assertThat(jdbc.sql("SELECT assessment_id FROM audit_event WHERE plan_id = ? AND comment = ?").params(planId, key)
                        .query(Long.class).single()).as(key).isEqualTo(assessmentId);
            }
            status.setRollbackOnly();
        });
    }

    private String unitOf(long planId, String key) {
        return jdbc.sql("SELECT unit_code FROM audit_event WHERE plan_id = ? AND comment = ?").params(planId, key)
                .query((rs, i) -> rs.getString(1)).list().get(0);
    }
}
