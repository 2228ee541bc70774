package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.LibreOffice;
import org.planflow.Seeds;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Seed 004 (埇桥区创建质量强区) imported, issued and assessed for 2026 through the API: three lead units
 * self-assess with evidence, the other units let the deadline pass, the office lowers one score with a
 * reason, the 分管领导 returns the scores once and then approves, and the results go out as a 通报.
 */
@LadderTest
class AssessmentStoryIT {

    static final String SEED = "004_eaee06c81bbdc12e.txt";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
    }

    @Test
    void seed_004_yields_31_indicators_in_four_categories_worth_100_points_and_5_bonus_points() {
        long planId = api.postFile("/api/plans/import", "drafter", "file", "004.txt", Seeds.bytes(SEED)).json().path("id").asLong();

        JsonNode table = api.get("/api/plans/" + planId + "/indicators", "drafter").json();

        assertThat(table.path("indicators")).hasSize(31);
        assertThat(table.path("categories").findValuesAsText("name"))
                .containsExactly("质量发展促进机制", "质量技术服务机制", "质量工作成效", "质量安全水平", "加分项");
        assertThat(table.path("categories").findValues("points")).extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("22"), dec("18"), dec("44"), dec("16"), dec("5"));
        assertThat(table.path("categories").findValues("bonus")).extracting(JsonNode::asBoolean)
                .containsExactly(false, false, false, false, true);
        assertThat(table.path("base").decimalValue()).isEqualByComparingTo("100");
        assertThat(table.path("bonus").decimalValue()).isEqualByComparingTo("5");
        assertThat(table.path("statedBase").decimalValue()).isEqualByComparingTo("100");
        JsonNode first = indicator(table, 8);
        assertThat(first.path("name").asText()).isEqualTo("组织保障");
        assertThat(first.path("criteria").findValuesAsText("text")).startsWith("成立党政主要领导双牵头的质量发展委员会",
                "政府工作报告中明确提出质量强县（市、区）目标任务");
        assertThat(first.path("criteria").findValues("points")).extracting(JsonNode::asText).containsExactly("1", "2", "1", "1");
        // 满分4分 caps the platform indicator; the clauses that add points are criteria of their own
        assertThat(indicator(table, 15).path("criteria").findValuesAsText("text")).containsExactly(
                "建立适应当地经济和社会发展需要的检验检测平台", "其中国家级产品质检中心再加2分", "省级产品质检中心再加1分");
        // 未发生… states an absence, which the office checks in its own records: no evidence needed
        assertThat(indicator(table, 33).path("criteria").findValues("evidenceRequired")).extracting(JsonNode::asBoolean)
                .containsExactly(false, false, false);
        // a row naming only the committee's office falls to the plan's lead department; a group names every member unit
        assertThat(indicator(table, 8).path("responsibleUnits").findValuesAsText("code")).containsExactly("scjgj");
        assertThat(indicator(table, 9).path("responsibleUnits").findValuesAsText("code")).hasSize(21).startsWith("scjgj", "fgw");
    }

    @Test
    void three_units_self_assess_the_office_lowers_one_score_the_leader_returns_once_then_approves_and_the_results_are_circulated()
            throws Exception {
        long planId = api.postFile("/api/plans/import", "drafter", "file", "004.txt", Seeds.bytes(SEED)).json().path("id").asLong();
        TestPlans.issue(api, planId, "[\"town-1\",\"town-2\"]");
        String path = "/api/plans/" + planId + "/assessments";

        // opening: only the office, a year that has been, a deadline of 1 to 60 working days, once a year
        assertRefused(api.post(path, "supervisor", "{\"year\":2028,\"deadlineWorkingDays\":5}"), 400, AssessmentFields.YEAR,
                AssessmentProblem.YEAR_INVALID);
        assertRefused(api.post(path, "supervisor", "{\"year\":2026,\"deadlineWorkingDays\":0}"), 400,
                AssessmentFields.DEADLINE_WORKING_DAYS, AssessmentProblem.DEADLINE_INVALID);
        assertThat(api.post(path, "staff-scjgj", "{\"year\":2026,\"deadlineWorkingDays\":5}").status()).isEqualTo(403);
        ApiClient.Response opened = api.post(path, "supervisor", "{\"year\":2026,\"deadlineWorkingDays\":5}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        assertThat(opened.json().path("status").asText()).isEqualTo("SELF_ASSESSING");
        ApiClient.Response again = api.post(path, "supervisor", "{\"year\":2026,\"deadlineWorkingDays\":5}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("2026");

        JsonNode sheet = api.get("/api/assessments/" + id, "supervisor").json();
        assertThat(sheet.path("indicators")).hasSize(31);
        assertThat(sheet.path("units")).hasSize(21);
        assertThat(api.get("/api/assessments/" + id, "staff-zjj").json().path("indicators").findValues("itemSeq"))
                .as("the rows of every member unit went to the two townships only").extracting(JsonNode::asInt)
                .containsExactly(9, 22, 23, 24, 25, 33);

        // 区市场监管局 leads 25 indicators; its refusals name the field
        String scjgjTask = api.taskOf("staff-scjgj", "SELF_ASSESS", planId);
        Map<Integer, List<String>> scjgjScores = fullScores(sheet, "scjgj");
        scjgjScores.put(18, List.of("2", "2", "0"));
        scjgjScores.put(35, List.of("1", "0"));
        scjgjScores.put(36, List.of("0"));
        scjgjScores.put(38, List.of("0.5", "0"));
        Map<Integer, List<String>> tooMany = new HashMap<>(scjgjScores);
        tooMany.put(8, List.of("2", "2", "1", "1"));
        assertRefused(complete(scjgjTask, "staff-scjgj", tooMany), 400,
                AssessmentFields.ofCriterion(0, 0, AssessmentFields.SCORE), AssessmentProblem.SCORE_OUT_OF_RANGE);
        assertRefused(complete(scjgjTask, "staff-scjgj", scjgjScores), 400,
                AssessmentFields.ofScore(0, AssessmentFields.EVIDENCE), AssessmentProblem.EVIDENCE_REQUIRED);
        Map<Integer, List<String>> missing = new HashMap<>(scjgjScores);
        missing.remove(34);
        for (int seq : scjgjScores.keySet()) {
            if (seq != 33 && seq != 36) {
                addEvidence(id, seq, "staff-scjgj", "佐证材料-" + seq + ".pdf");
            }
        }
        addEvidence(id, 14, "staff-scjgj", "质量发展专项基金拨付凭证.pdf");
        Map<Integer, List<String>> notLed = new HashMap<>(scjgjScores);
        notLed.put(14, List.of("2", "1", "1"));
        assertRefused(complete(scjgjTask, "staff-scjgj", notLed), 400,
                AssessmentFields.ofScore(6, AssessmentFields.ITEM_SEQ), AssessmentProblem.NOT_LEAD);
        assertRefused(complete(scjgjTask, "staff-scjgj", missing), 400, AssessmentFields.SCORES, AssessmentProblem.SELF_SCORE_MISSING);
        assertThat(complete(scjgjTask, "staff-scjgj", scjgjScores).status()).isEqualTo(204);
        // what a unit submitted stays as it was
        assertThat(api.postFile("/api/assessments/" + id + "/indicators/8/evidence", "staff-scjgj", "file", "补充.pdf",
                "补充".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(409);

        // 区财政局 leads the fund indicator that 区市场监管局 shares; 区住房建设局 its four building-quality indicators
        addEvidence(id, 14, "staff-czj", "专项基金预算批复.pdf");
        assertThat(complete(api.taskOf("staff-czj", "SELF_ASSESS", planId), "staff-czj", fullScores(sheet, "czj")).status())
                .isEqualTo(204);
        for (int seq : new int[] {22, 23, 24, 25}) {
            addEvidence(id, seq, "staff-zjj", "住建佐证-" + seq + ".pdf");
        }
        assertThat(complete(api.taskOf("staff-zjj", "SELF_ASSESS", planId), "staff-zjj", fullScores(sheet, "zjj")).status())
                .isEqualTo(204);
        JsonNode fund = indicator(api.get("/api/assessments/" + id, "supervisor").json(), 14);
        assertThat(fund.path("selfScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(fund.path("evidence").findValuesAsText("fileName")).containsExactly("质量发展专项基金拨付凭证.pdf", "专项基金预算批复.pdf");

        // the deadline passes: 区统计局 and 区商务局 never scored theirs, and nobody else submitted
        clock.moveTo("2027-01-12T10:00:00+08:00");
        LadderSteps.awaitUntil(() -> "SCORING".equals(api.get("/api/assessments/" + id, "supervisor").json()
                .path("assessment").path("status").asText()));
        JsonNode units = api.get("/api/assessments/" + id, "supervisor").json().path("units");
        assertThat(StreamSupport.stream(units.spliterator(), false).filter(unit -> unit.path("state").asText().equals("SUBMITTED"))
                .map(unit -> unit.path("unit").path("code").asText())).containsExactlyInAnyOrder("scjgj", "czj", "zjj");
        assertThat(StreamSupport.stream(units.spliterator(), false).filter(unit -> unit.path("state").asText().equals("LAPSED")))
                .hasSize(18);

        // the office: a lower score needs its reason, and stays within the points
        String scoring = api.taskOf("supervisor", "SCORE_ASSESSMENT", planId);
        assertRefused(api.post("/api/tasks/" + scoring + "/complete", "supervisor",
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":14,\"score\":3}]}"), 400,
                AssessmentFields.ofScore(0, AssessmentFields.REASON), AssessmentProblem.REASON_REQUIRED);
        assertRefused(api.post("/api/tasks/" + scoring + "/complete", "supervisor",
                "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":14,\"score\":5,\"reason\":\"多计\"}]}"), 400,
                AssessmentFields.ofScore(0, AssessmentFields.SCORE), AssessmentProblem.SCORE_OUT_OF_RANGE);
        String lowered = "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":14,\"score\":3,\"reason\":\"专项基金使用效果未提供绩效评价\"}]}";
        TestPlans.complete(api, "supervisor", scoring, lowered);

        // the 分管领导 returns it once, with what to reconsider, then approves
        String approval = api.taskOf("leader", "APPROVE_ASSESSMENT", planId);
        assertRefused(api.post("/api/tasks/" + approval + "/complete", "leader", "{\"outcome\":\"return\"}"), 400,
                AssessmentFields.COMMENT, AssessmentProblem.REQUIRED);
        TestPlans.complete(api, "leader", approval, "{\"outcome\":\"return\",\"comment\":\"请复核经费保障指标扣分依据\"}");
        assertThat(api.get("/api/assessments/" + id, "supervisor").json().path("assessment").path("returnComment").asText())
                .isEqualTo("请复核经费保障指标扣分依据");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", planId), lowered);
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId), "{\"outcome\":\"approve\"}");

        // the results, as computed by hand: 100 − 2 (row 18) − 1 (row 14) − 7 (rows 26, 28, 29 未自评) = 90; bonus 1 + 1 + 0.5
        JsonNode result = api.get(path + "/2026", "leader").json();
        assertThat(result.path("status").asText()).isEqualTo("PUBLISHED");
        JsonNode district = result.path("district");
        assertThat(district.path("categories").findValues("score")).extracting(JsonNode::decimalValue)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("21"), dec("16"), dec("37"), dec("16"));
        assertThat(district.path("base").decimalValue()).isEqualByComparingTo("90");
        assertThat(district.path("baseMax").decimalValue()).isEqualByComparingTo("100");
        assertThat(district.path("bonus").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(district.path("bonusMax").decimalValue()).isEqualByComparingTo("5");
        assertThat(result.path("lost").findValues("itemSeq")).extracting(JsonNode::asInt).containsExactly(14, 18, 26, 28, 29);
        assertThat(result.path("lost").get(0).path("reason").asText()).isEqualTo("专项基金使用效果未提供绩效评价");
        assertThat(result.path("lost").get(2).path("reason").asText()).isEqualTo("未自评");
        // rates over each unit's base indicators: 住建 21/21, 财政 12/13, 市场监管 74/84, 统计 2/4, 科技 2/4, 商务 2/7, 文旅 2/7
        // (the row of every member unit, 13, went to the two townships it was issued to)
        Map<String, JsonNode> byUnit = new HashMap<>();
        result.path("units").forEach(line -> byUnit.put(line.path("unit").path("code").asText(), line));
        assertThat(byUnit).hasSize(21);
        assertUnit(byUnit.get("zjj"), "21", "21", "1", 1);
        assertUnit(byUnit.get("town-1"), "4", "4", "1", 1);
        assertUnit(byUnit.get("czj"), "12", "13", "0.9231", 16);
        assertUnit(byUnit.get("scjgj"), "74", "84", "0.881", 17);
        assertUnit(byUnit.get("tjj"), "2", "4", "0.5", 18);
        assertUnit(byUnit.get("kjj"), "2", "4", "0.5", 18);
        assertUnit(byUnit.get("swj"), "2", "7", "0.2857", 20);
        assertUnit(byUnit.get("whlyj"), "2", "7", "0.2857", 20);

        // a unit sees its own line and the published district totals, not the others' ranking
        JsonNode own = api.get(path + "/2026", "staff-czj").json();
        assertThat(own.path("units")).hasSize(1);
        assertThat(own.path("units").get(0).path("rank").asInt()).isEqualTo(16);
        assertThat(own.path("district").path("base").decimalValue()).isEqualByComparingTo("90");

        // the 通报 went to the member units, who read it in their inbox; the documents are there
        String docNumber = result.path("docNumber").asText();
        assertThat(docNumber).matches("督查通报〔2027〕\\d+号");
        assertThat(api.taskOf("staff-town-1", "READ_NOTICE", planId)).isNotBlank();
        Path report = dir.resolve("self-evaluation.docx");
        Files.write(report, api.getBytes("/api/assessments/" + id + "/self-evaluation.docx", "supervisor"));
        assertThat(LibreOffice.toText(report, dir)).contains("督查通报", docNumber, "实施情况的自评报告", "基础分得分90分",
                "加分项得分2.5分", "经费保障", "专项基金使用效果未提供绩效评价", "2026年度考核评分表");
        try (XSSFWorkbook table = new XSSFWorkbook(new ByteArrayInputStream(
                api.getBytes("/api/assessments/" + id + "/scoring-table.xlsx", "leader")))) {
            Sheet scores = table.getSheetAt(0);
            // title, header, 31 indicators, then base, bonus and total
            assertThat(scores.getLastRowNum()).isEqualTo(1 + 31 + 3);
            assertThat(scores.getRow(2 + 6).getCell(6).getNumericCellValue()).as("row 14, the office's score").isEqualTo(3);
            assertThat(scores.getRow(2 + 6).getCell(7).getStringCellValue()).isEqualTo("专项基金使用效果未提供绩效评价");
            assertThat(scores.getRow(2 + 31).getCell(6).getNumericCellValue()).as("the base total").isEqualTo(90);
        }

        // nothing changes after approval, and every step is in the plan's audit trail
        ApiClient.Response late = api.postFile("/api/assessments/" + id + "/indicators/26/evidence", "staff-tjj", "file", "迟交.pdf",
                "迟交".getBytes(StandardCharsets.UTF_8));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("PUBLISHED");
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "supervisor").items().findValuesAsText("what")).contains(
                "ASSESSMENT_OPENED", "ASSESSMENT_EVIDENCE_ADDED", "SELF_ASSESSED", "SELF_ASSESSMENT_LAPSED", "ASSESSMENT_SCORED",
                "ASSESSMENT_DECIDED", "ASSESSMENT_PUBLISHED");
    }

    /** Full points on every criterion of the indicators the unit leads. */
    private static Map<Integer, List<String>> fullScores(JsonNode sheet, String unit) {
        Map<Integer, List<String>> scores = new TreeMap<>();
        for (JsonNode scored : sheet.path("indicators")) {
            JsonNode indicator = scored.path("indicator");
            if (indicator.path("responsibleUnits").get(0).path("code").asText().equals(unit)) {
                scores.put(indicator.path("itemSeq").asInt(), indicator.path("criteria").findValuesAsText("points"));
            }
        }
        return scores;
    }

    private ApiClient.Response complete(String taskId, String username, Map<Integer, List<String>> scores) {
        List<String> entries = new ArrayList<>();
        new TreeMap<>(scores).forEach((seq, criteria) -> {
            List<String> given = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                given.add("{\"index\":" + i + ",\"score\":" + criteria.get(i) + "}");
            }
            entries.add("{\"itemSeq\":" + seq + ",\"explanation\":\"按评分方法逐项自查\",\"criteria\":[" + String.join(",", given) + "]}");
        });
        return api.post("/api/tasks/" + taskId + "/complete", username, "{\"outcome\":\"submit\",\"scores\":[" + String.join(",", entries) + "]}");
    }

    private void addEvidence(long id, int seq, String username, String fileName) {
        ApiClient.Response added = api.postFile("/api/assessments/" + id + "/indicators/" + seq + "/evidence", username, "file", fileName,
                ("佐证：" + fileName).getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private static JsonNode indicator(JsonNode tableOrSheet, int seq) {
        for (JsonNode node : tableOrSheet.path("indicators")) {
            JsonNode indicator = node.has("indicator") ? node.path("indicator") : node;
            if (indicator.path("itemSeq").asInt() == seq) {
                return node.has("indicator") ? node : indicator;
            }
        }
        throw new AssertionError("No indicator " + seq);
    }

    private static void assertRefused(ApiClient.Response response, int status, String field, AssessmentProblem problem) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(response.json().path("code").asText()).as(response.body()).isEqualTo(problem.name());
    }

    private static void assertUnit(JsonNode line, String achieved, String possible, String rate, int rank) {
        assertThat(line.path("achieved").decimalValue()).as(line.toString()).isEqualByComparingTo(achieved);
        assertThat(line.path("possible").decimalValue()).as(line.toString()).isEqualByComparingTo(possible);
        assertThat(line.path("rate").decimalValue()).as(line.toString()).isEqualByComparingTo(rate);
        assertThat(line.path("rank").asInt()).as(line.toString()).isEqualTo(rank);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
