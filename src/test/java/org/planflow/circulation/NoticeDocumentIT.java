package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.ApiClient;
import org.planflow.LibreOffice;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The issued notice downloads as .docx and LibreOffice shows its number, title and breakdown table. */
@PlanFlowTest
class NoticeDocumentIT {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void the_issued_notice_renders_with_its_number_title_and_a_breakdown_row() throws Exception {
        ApiClient api = new ApiClient(port);
        String title = "公文导出测试方案 " + System.nanoTime();
        long planId = TestPlans.approved(api, title);
        ApiClient.Response early = api.get("/api/plans/" + planId + "/notice.docx", "office");
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.contentType()).contains("application/problem+json");

        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), "{\"outcome\":\"issue\",\"prefix\":\"区政办发\","
                + "\"form\":\"印发\",\"recipients\":[\"ALL_STREETS\"],\"ackWorkingDays\":3}");
        JsonNode plan = api.get("/api/plans/" + planId, "office").json();
        String docNumber = plan.path("docNumber").asText();
        assertThat(api.get("/api/plans/" + planId + "/notice.docx", "staff-town-4").status())
                .as("a township it was not sent to does not know it").isEqualTo(404);

        Path docx = dir.resolve("notice.docx");
        Files.write(docx, api.getBytes("/api/plans/" + planId + "/notice.docx", "staff-street-1"));
        String text = LibreOffice.toText(docx, dir);

        assertThat(text).contains(docNumber, "关于印发" + title + "的通知", "各街道办事处：", "区人民政府办公室文件",
                "现印发给你们，请认真贯彻执行。");
        int row = text.indexOf("建设计量检测中心");
        assertThat(row).as("the first breakdown row's task").isPositive();
        assertThat(text.indexOf("区市场监管局", row)).as("its lead unit after it").isPositive();
    }
}
