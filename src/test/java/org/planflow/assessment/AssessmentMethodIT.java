package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.Seeds;
import org.planflow.TestPlans;
import org.planflow.shared.UploadProblem;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plan's assessment method (考核办法, decision 064): seed 002 says 每年考核一次 but has no scoring table, so its office
 * imports a method as .xlsx and the year's assessment runs on it; and every refusal of a method, which keeps the one before.
 */
@LadderTest
class AssessmentMethodIT {

    static final String SEED = "002_82acbdd57eb30c28.txt";
    static final String[] HEADER = {"类别", "指标", "分值", "评分方法", "责任单位", "加分项"};

    /** A method of 100 points and a bonus item, one row naming no unit. */
    private static final String GOOD_METHOD = "[{\"category\":\"质量基础\",\"name\":\"建设计量检测中心\",\"points\":60,"
            + "\"scoringMethod\":\"建成（60分）\",\"responsibleUnits\":[\"scjgj\"]},{\"category\":\"质量提升\",\"name\":\"开展质量提升行动\","
            + "\"points\":40,\"responsibleUnits\":[]},{\"category\":\"加分项\",\"name\":\"获质量奖\",\"points\":2,"
            + "\"responsibleUnits\":[\"jxj\"],\"bonus\":true}]";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
    }

    @Test
    void plan_without_scoring_table_is_assessed_after_its_method_is_imported() throws IOException {
        long planId = api.postFile("/api/plans/import", "drafter", "file", "002.txt", Seeds.bytes(SEED)).json().path("id").asLong();
        TestPlans.issue(api, planId, "[\"town-1\"]");
        // the plan names 区市场监管局's office as its own: its PLAN_OFFICE staff (the reviewer) do the office's work
        assertThat(api.get("/api/plans/" + planId, "reviewer").json().path("office").path("code").asText()).isEqualTo("scjgj");
        String office = "reviewer";
        String opening = "{\"year\":2026,\"deadlineWorkingDays\":5}";
        ApiClient.Response none = api.post("/api/plans/" + planId + "/assessments", office, opening);
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.json().path("code").asText()).isEqualTo(AssessmentProblem.NO_INDICATORS.name());

        byte[] template = api.getBytes("/api/plans/" + planId + "/indicators.xlsx", office);
        byte[] method = workbook(template, List.of(
                new String[] {"组织领导", "建立质量强县工作机制", "20", "成立质量强县工作领导小组（10分）；制定年度工作计划（10分）", "区市场监管局", ""},
                new String[] {"质量提升", "开展质量提升行动", "50", "按行动方案完成情况评分", "区经信局、scjgj", ""},
                new String[] {"质量安全", "守住质量安全底线", "30", "未发生重大质量安全事故（30分）", "区市场监督管理局", ""},
                new String[] {"加分项", "争创质量奖", "5", "获省级质量奖的加3分", "区经信局", "是"}));
        ApiClient.Response imported = api.postFile("/api/plans/" + planId + "/indicators.xlsx?total=100", office, "file",
                "考核办法.xlsx", method);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode table = api.get("/api/plans/" + planId + "/indicators", office).json();
        assertThat(table.path("byMethod").asBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        table.path("indicators").forEach(indicator -> names.add(indicator.path("name").asText()));
        assertThat(names)
                .containsExactly("建立质量强县工作机制", "开展质量提升行动", "守住质量安全底线", "争创质量奖");
        assertThat(table.path("base").decimalValue()).isEqualByComparingTo("100");
        assertThat(table.path("statedBase").decimalValue()).isEqualByComparingTo("100");
        assertThat(table.path("bonus").decimalValue()).isEqualByComparingTo("5");
        assertThat(table.path("indicators").get(1).path("responsibleUnits").findValuesAsText("code")).containsExactly("jxj", "scjgj");
        assertThat(table.path("indicators").get(0).path("criteria").findValuesAsText("points")).containsExactly("10", "10");

        // the year's assessment as today: the lead units self-assess, the office scores, the leader approves, a 通报 goes out
        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", office, opening);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        assertThat(api.get("/api/assessments/" + id, office).json().path("units").findValuesAsText("code"))
                .containsExactlyInAnyOrder("scjgj", "jxj");
        // a method's indicator is no breakdown item: it has no progress reports to link
        assertThat(api.get("/api/assessments/" + id + "/indicators/2/reports", "staff-jxj").json().path("total").asInt()).isZero();
        addEvidence(id, 1, "staff-scjgj");
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", planId),
                selfScores("{\"itemSeq\":1,\"explanation\":\"已成立领导小组并印发计划\",\"criteria\":[{\"index\":0,\"score\":10},{\"index\":1,\"score\":10}]}",
                        "{\"itemSeq\":3,\"explanation\":\"全年未发生事故\",\"criteria\":[{\"index\":0,\"score\":30}]}"));
        addEvidence(id, 2, "staff-jxj");
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "SELF_ASSESS", planId),
                selfScores("{\"itemSeq\":2,\"explanation\":\"完成大部分任务\",\"criteria\":[{\"index\":0,\"score\":40}]}",
                        "{\"itemSeq\":4,\"explanation\":\"未获奖\",\"criteria\":[{\"index\":0,\"score\":0}]}"));
        clock.moveTo("2027-01-20T10:00:00+08:00");
        LadderSteps.awaitUntil(() -> "SCORING".equals(api.get("/api/assessments/" + id, office).json()
                .path("assessment").path("status").asText()));
        TestPlans.complete(api, office, api.taskOf(office, "SCORE_ASSESSMENT", planId),
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":2,\"score\":35,\"reason\":\"两项任务未按期完成\"}]}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId), "{\"outcome\":\"approve\"}");

        JsonNode result = api.get("/api/plans/" + planId + "/assessments/2026", "leader").json();
        assertThat(result.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(result.path("docNumber").asText()).matches("督查通报〔2027〕\\d+号");
        assertThat(result.path("district").path("base").decimalValue()).isEqualByComparingTo("85");
        assertThat(result.path("district").path("baseMax").decimalValue()).isEqualByComparingTo("100");
        assertThat(result.path("lost").findValuesAsText("reason")).contains("两项任务未按期完成");
        assertThat(result.path("units").get(0).path("unit").path("code").asText()).isEqualTo("scjgj");
        assertThat(result.path("units").get(1).path("rate").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", office).items().findValuesAsText("what"))
                .contains("ASSESSMENT_METHOD_SET", "ASSESSMENT_OPENED", "ASSESSMENT_PUBLISHED");
    }

    @Test
    void a_bad_method_is_refused_with_its_code_and_the_one_before_is_kept() throws IOException {
        long planId = TestPlans.draft(api, "2027年质量提升行动方案");
        TestPlans.issue(api, planId, "[\"town-1\"]");
        String path = "/api/plans/" + planId + "/indicators";
        String good = GOOD_METHOD;

        assertThat(api.put(path, "staff-scjgj", good).status()).isEqualTo(403);
        assertThat(api.put(path, "drafter", good).status()).isEqualTo(403);
        assertRefused(api.put(path, "supervisor", good.replace("建设计量检测中心", " ")), "indicators[0].name", AssessmentProblem.REQUIRED);
        assertRefused(api.put(path, "supervisor", good.replace("\"points\":40", "\"points\":0")), "indicators[1].points",
                AssessmentProblem.POINTS_NOT_POSITIVE);
        assertRefused(api.put(path, "supervisor", good.replace("[\"jxj\"]", "[\"区质量办\"]")), "indicators[2].responsibleUnits",
                AssessmentProblem.UNIT_UNKNOWN);
        assertRefused(api.put(path, "supervisor", good.replace("\"points\":40", "\"points\":39.995")), "indicators[1].points",
                AssessmentProblem.POINTS_INVALID);
        assertRefused(api.put(path + "?total=0", "supervisor", good), "total", AssessmentProblem.TOTAL_INVALID);
        ApiClient.Response shortOfTotal = api.put(path, "supervisor", good.replace("\"points\":60", "\"points\":55"));
        assertRefused(shortOfTotal, "total", AssessmentProblem.METHOD_TOTAL_MISMATCH);
        assertThat(shortOfTotal.json().path("values").get(0).asText()).isEqualTo("95");
        assertThat(shortOfTotal.json().path("values").get(1).asText()).isEqualTo("100");
        assertThat(api.get(path, "supervisor").json().path("byMethod").asBoolean()).as("nothing was kept").isFalse();

        ApiClient.Response set = api.put(path, "supervisor", good);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("byMethod").asBoolean()).isTrue();
        // a row naming no unit falls to the plan's lead department
        assertThat(set.json().path("indicators").get(1).path("responsibleUnits").findValuesAsText("code")).containsExactly("scjgj");

        // a workbook with bad rows is refused whole, every bad cell listed
        byte[] template = api.getBytes(path + ".xlsx", "supervisor");
        byte[] bad = workbook(template, List.of(new String[] {"质量基础", "", "60", "", "scjgj", ""},
                new String[] {"质量提升", "开展质量提升行动", "四十", "", "区质量办", ""},
                new String[] {"质量提升", "开展质量品牌建设", "-1", "", "jxj", ""}));
        ApiClient.Response refused = api.postFile(path + ".xlsx", "supervisor", "file", "考核办法.xlsx", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo(UploadProblem.FILE_REFUSED.name());
        List<String> errors = new ArrayList<>();
        refused.json().path("errors").forEach(error -> errors.add(error.path("row").asInt() + " " + error.path("column").asText() + " "
                + error.path("code").asText()));
        assertThat(errors).containsExactly("6 指标 REQUIRED", "7 分值 NOT_A_NUMBER", "7 责任单位 UNIT_UNKNOWN",
                "8 分值 POINTS_NOT_POSITIVE");
        ApiClient.Response notXlsx = api.postFile(path + ".xlsx", "supervisor", "file", "考核办法.xlsx",
                "类别,指标".getBytes(StandardCharsets.UTF_8));
        assertRefused(notXlsx, "file", AssessmentProblem.NOT_XLSX);
        assertThat(api.postFile(path + ".xlsx", "staff-scjgj", "file", "考核办法.xlsx", template).status()).isEqualTo(403);

        // the kept method comes back as its workbook, which uploads as it is
        JsonNode kept = api.get(path, "supervisor").json();
        assertThat(kept.path("indicators")).hasSize(3);
        ApiClient.Response again = api.postFile(path + ".xlsx", "supervisor", "file", "考核办法.xlsx", template);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("indicators")).isEqualTo(kept.path("indicators"));
    }

    @Test
    void the_office_removes_a_method_until_an_assessment_is_opened_on_it() {
        long planId = TestPlans.draft(api, "2027年质量品牌建设方案");
        TestPlans.issue(api, planId, "[\"town-1\"]");
        String path = "/api/plans/" + planId + "/indicators";
        ApiClient.Response none = api.delete(path, "supervisor");
        assertThat(none.status()).as("nothing to remove").isEqualTo(404);
        assertThat(api.put(path, "supervisor", GOOD_METHOD).status()).isEqualTo(200);

        assertThat(api.delete(path, "staff-scjgj").status()).isEqualTo(403);
        assertThat(api.delete(path, "drafter").status()).isEqualTo(403);
        assertThat(api.get(path, "supervisor").json().path("byMethod").asBoolean()).as("a refused removal keeps it").isTrue();
        ApiClient.Response removed = api.delete(path, "supervisor");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        JsonNode table = api.get(path, "supervisor").json();
        assertThat(table.path("byMethod").asBoolean()).isFalse();
        assertThat(table.path("indicators").findValuesAsText("name")).as("the breakdown table's scored rows again")
                .isNotEmpty().doesNotContain("获质量奖");
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "supervisor").items().findValuesAsText("what"))
                .contains("ASSESSMENT_METHOD_SET", "ASSESSMENT_METHOD_REMOVED");

        // once a year's assessment was opened on it, its results rest on it: the method stays
        assertThat(api.put(path, "supervisor", GOOD_METHOD).status()).isEqualTo(200);
        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":2026,\"deadlineWorkingDays\":5}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        ApiClient.Response inUse = api.delete(path, "supervisor");
        assertThat(inUse.status()).as(inUse.body()).isEqualTo(409);
        assertThat(inUse.json().path("code").asText()).isEqualTo(AssessmentProblem.METHOD_IN_USE.name());
        assertThat(inUse.json().path("field").asText()).isEqualTo(AssessmentFields.METHOD);
        assertThat(api.get(path, "supervisor").json().path("byMethod").asBoolean()).isTrue();
    }

    private String selfScores(String... entries) {
        return "{\"outcome\":\"submit\",\"scores\":[" + String.join(",", entries) + "]}";
    }

    private void addEvidence(long id, int seq, String username) {
        ApiClient.Response added = api.postFile("/api/assessments/" + id + "/indicators/" + seq + "/evidence", username, "file",
                "佐证.pdf", "佐证".getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    /** The downloaded workbook (title, header, the current rows) with these rows added after those it has. */
    private static byte[] workbook(byte[] template, List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER[c]);
            }
            for (String[] values : rows) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(ApiClient.Response response, String field, AssessmentProblem problem) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).as(response.body()).isEqualTo(problem.name());
        assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(field);
    }
}
