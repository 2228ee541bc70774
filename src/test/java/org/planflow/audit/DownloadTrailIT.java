package org.planflow.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.assessment.TestAssessments;
import org.planflow.shared.Formats;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every file PlanFlow hands out leaves a row in the trail: who, which file of which plan or item, from where. The
 * API's download endpoints are walked, so a new one without its case here fails; the views' downloads count alike.
 */
@PlanFlowTest
class DownloadTrailIT {

    /** Downloads that exist only late in a story (minutes after the meeting day), whose trail that story checks. */
    private static final Set<String> CHECKED_IN_THEIR_STORY = Set.of("/api/meetings/{id}/notice.docx",
            "/api/meetings/{id}/minutes.docx");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void every_download_of_the_api_is_recorded_with_who_what_and_from_where() {
        TestAssessments.Opened opened = TestAssessments.open(api, "下载留痕 " + System.nanoTime());
        long planId = opened.planId();
        long assessmentId = opened.assessmentId();
        long draft = TestPlans.draft(api, "下载留痕附件 " + System.nanoTime());
        long attachment = upload("/api/plans/" + draft + "/attachments", "drafter", "实施细则.pdf");
        long item = itemLedBy("scjgj", api.get("/api/plans/" + planId + "/supervision", "supervisor").items());
        long evidence = upload("/api/supervision/items/" + item + "/evidence", "staff-scjgj", "验收报告.pdf");
        long assessed = upload("/api/assessments/" + assessmentId + "/indicators/" + TestAssessments.LED_BY_SCJGJ + "/evidence",
                "staff-scjgj", "政策文件.docx");
        JsonNode review = circulatedReview(planId);
        long reviewId = review.path("review").path("id").asLong();
        long bulletinId = review.path("bulletin").path("bulletin").path("id").asLong();
        String bulletinName = review.path("review").path("docNumber").asText() + ".docx";
        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();

        Map<String, Download> cases = new LinkedHashMap<>();
        cases.put("/api/plans/{id}/breakdown.xlsx", new Download("/api/plans/" + planId + "/breakdown.xlsx", "drafter",
                "plan:" + planId + "/breakdown", planId, null, "任务分解表-" + planId + ".xlsx"));
        cases.put("/api/plans/{id}/attachments/{attachmentId}", new Download("/api/plans/" + draft + "/attachments/" + attachment,
                "drafter", "plan:" + draft + "/attachment:" + attachment, draft, null, "实施细则.pdf"));
        cases.put("/api/plans/{id}/notice.docx", new Download("/api/plans/" + planId + "/notice.docx", "staff-town-1",
                "plan:" + planId + "/notice", planId, null,
                plan.path("docNumber").asText() + " " + plan.path("title").asText() + ".docx"));
        cases.put("/api/plans/{id}/liaisons.xlsx", new Download("/api/plans/" + planId + "/liaisons.xlsx", "staff-town-1",
                "plan:" + planId + "/liaisons", planId, null, "成员单位通讯录.xlsx"));
        cases.put("/api/circulation/bulletins/{id}/document.docx", new Download("/api/circulation/bulletins/" + bulletinId
                + "/document.docx", "staff-jxj", "bulletin:" + bulletinId, planId, null, bulletinName));
        cases.put("/api/quarterly-reviews/{id}/bulletin.docx", new Download("/api/quarterly-reviews/" + reviewId + "/bulletin.docx",
                "leader", "review:" + reviewId, planId, null, bulletinName));
        cases.put("/api/supervision/ledger.xlsx", new Download("/api/supervision/ledger.xlsx?plan=" + planId, "supervisor",
                "ledger plan:" + planId, planId, null, "工作台账.xlsx"));
        cases.put("/api/supervision/items/{id}/evidence/{evidenceId}", new Download("/api/supervision/items/" + item + "/evidence/"
                + evidence, "supervisor", "item:" + item + "/evidence:" + evidence, planId, item, "验收报告.pdf"));
        cases.put("/api/assessments/{id}/evidence/{evidenceId}", new Download("/api/assessments/" + assessmentId + "/evidence/"
                + assessed, "supervisor", "assessment:" + assessmentId + "/evidence:" + assessed, planId, null, "政策文件.docx"));
        cases.put("/api/assessments/{id}/self-evaluation.docx", new Download("/api/assessments/" + assessmentId
                + "/self-evaluation.docx", "leader", "assessment:" + assessmentId + "/self-evaluation", planId, null,
                year + "年度自评报告.docx"));
        cases.put("/api/assessments/{id}/scoring-table.xlsx", new Download("/api/assessments/" + assessmentId
                + "/scoring-table.xlsx", "supervisor", "assessment:" + assessmentId + "/scoring-table", planId, null,
                year + "年度考核评分表.xlsx"));
        cases.put("/api/admin/organization/template.xlsx", new Download("/api/admin/organization/template.xlsx", "admin",
                "organization-template", null, null, "单位和用户导入模板.xlsx"));
        cases.put("/api/plans/{id}/indicators.xlsx", new Download("/api/plans/" + planId + "/indicators.xlsx", "supervisor",
                "plan:" + planId + "/assessment-method", planId, null, "考核办法.xlsx"));
        assertThat(union(cases.keySet(), CHECKED_IN_THEIR_STORY)).as("every endpoint answering with a file has its case here")
                .isEqualTo(downloadEndpoints());

        for (Download download : cases.values()) {
            ApiClient.Response answer = api.get(download.path(), download.username());
            assertThat(answer.status()).as(download.path()).isEqualTo(200);
            JsonNode row = newest(download.username());
            assertThat(row.path("action").asText()).as(download.path()).isEqualTo(TrailAction.FILE_DOWNLOADED.name());
            assertThat(row.path("subject").asText()).as(download.path()).isEqualTo(download.what());
            assertThat(row.path("details").asText()).as(download.path()).isEqualTo(download.fileName());
            assertThat(row.path("planId").isNull() ? null : row.path("planId").asLong()).as(download.path()).isEqualTo(download.planId());
            assertThat(row.path("itemId").isNull() ? null : row.path("itemId").asLong()).as(download.path()).isEqualTo(download.itemId());
            AdministrationTrailIT.assertLoopback(row.path("clientAddress").asText());
        }
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "drafter").items().findValuesAsText("action"))
                .as("downloads are not the plan's business").doesNotContain(TrailAction.FILE_DOWNLOADED.name());
    }

    @Test
    void a_refused_download_leaves_no_row() {
        long draft = TestPlans.draft(api, "下载拒绝 " + System.nanoTime());
        long attachment = upload("/api/plans/" + draft + "/attachments", "drafter", "内部材料.pdf");
        long before = api.get("/api/admin/audit?category=DOWNLOAD&actor=staff-town-2", "admin").json().path("total").asLong();

        ApiClient.Response refused = api.get("/api/plans/" + draft + "/attachments/" + attachment, "staff-town-2");

        assertThat(refused.status()).isIn(403, 404);
        assertThat(api.get("/api/admin/audit?category=DOWNLOAD&actor=staff-town-2", "admin").json().path("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void downloads_from_the_views_are_recorded_the_same_way() {
        long draft = TestPlans.draft(api, "视图下载 " + System.nanoTime());
        long attachment = upload("/api/plans/" + draft + "/attachments", "drafter", "视图附件.pdf");
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan-edit/" + draft);

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("attachment-link"));
        assertThat(new String(DownloadKt._download(link), StandardCharsets.UTF_8)).isEqualTo("视图附件.pdf");
        Anchor export = _get(Anchor.class, spec -> spec.withId("breakdown-export"));
        assertThat(DownloadKt._download(export)).isNotEmpty();

        JsonNode rows = api.get("/api/admin/audit?category=DOWNLOAD&actor=drafter&size=2", "admin").json().path("items");
        assertThat(rows.get(0).path("subject").asText()).isEqualTo("plan:" + draft + "/breakdown");
        assertThat(rows.get(0).path("details").asText()).isEqualTo("任务分解表-" + draft + ".xlsx");
        assertThat(rows.get(1).path("subject").asText()).isEqualTo("plan:" + draft + "/attachment:" + attachment);
        assertThat(rows.get(1).path("details").asText()).isEqualTo("视图附件.pdf");
        assertThat(rows.get(1).path("planId").asLong()).isEqualTo(draft);
    }

    /** The API's endpoints that answer with the bytes of a file. */
    private Set<String> downloadEndpoints() {
        Set<String> patterns = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getMethod().getGenericReturnType() instanceof ParameterizedType type
                    && type.getRawType() == ResponseEntity.class && type.getActualTypeArguments()[0] == byte[].class) {
                patterns.addAll(mapping.getKey().getPatternValues());
            }
        }
        return patterns;
    }

    /** The 通报 of the plan's last quarter, written, approved and circulated. */
    private JsonNode circulatedReview(long planId) {
        LocalDate lastQuarter = LocalDate.now(Formats.DISTRICT_ZONE).minusMonths(3);
        ApiClient.Response started = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor",
                "{\"period\":\"" + lastQuarter.getYear() + "-Q" + ((lastQuarter.getMonthValue() - 1) / 3 + 1) + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "QUARTERLY_REPORT", planId),
                "{\"outcome\":\"submit\",\"text\":\"季度通报正文\"}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_QUARTERLY_REPORT", planId), "{\"outcome\":\"approve\"}");
        return api.get("/api/quarterly-reviews/" + started.json().path("review").path("id").asLong(), "supervisor").json();
    }

    private long upload(String path, String username, String fileName) {
        ApiClient.Response uploaded = api.postFile(path, username, "file", fileName, fileName.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asLong();
    }

    private JsonNode newest(String username) {
        return api.get("/api/admin/audit?category=DOWNLOAD&actor=" + username + "&size=1", "admin").json().path("items").get(0);
    }

    private static long itemLedBy(String unit, JsonNode items) {
        for (JsonNode item : items) {
            if (unit.equals(item.path("leadUnit").path("code").asText())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("No item led by " + unit + " in " + items);
    }

    private record Download(String path, String username, String what, Long planId, Long itemId, String fileName) {
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
