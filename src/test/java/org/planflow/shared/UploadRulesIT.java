package org.planflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.assessment.TestAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * What every upload of a file to keep takes (planflow.upload.accepted-types), the content type it is kept and sent
 * with, and Office files built to inflate beyond POI's configured limits, refused by every import with a clean 400.
 */
@PlanFlowTest
class UploadRulesIT {

    private static final byte[] TEXT = "佐证材料".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    AcceptedFileTypes acceptedTypes;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_file_of_a_type_not_accepted_is_refused_as_attachment_and_as_evidence_naming_the_accepted_types() {
        TestAssessments.Opened opened = TestAssessments.open(api, "上传类型 " + System.nanoTime());
        long draft = TestPlans.draft(api, "上传类型附件 " + System.nanoTime());
        long item = itemLedBy("scjgj", api.get("/api/plans/" + opened.planId() + "/supervision", "supervisor").items());

        assertRefused(api.postFile("/api/plans/" + draft + "/attachments", "drafter", "file", "安装程序.exe", TEXT), "安装程序.exe");
        assertRefused(api.postFile("/api/supervision/items/" + item + "/evidence", "staff-scjgj", "file", "资料.zip", TEXT), "资料.zip");
        assertRefused(api.postFile("/api/assessments/" + opened.assessmentId() + "/indicators/" + TestAssessments.LED_BY_SCJGJ
                + "/evidence", "staff-scjgj", "file", "无扩展名", TEXT), "无扩展名");

        assertThat(api.get("/api/plans/" + draft, "drafter").json().path("attachments")).isEmpty();
        assertThat(api.postFile("/api/plans/" + draft + "/attachments", "drafter", "file", "扫描件.PDF", TEXT).status())
                .as("the extension in any case").isEqualTo(201);
    }

    @Test
    void an_unknown_or_malformed_content_type_is_kept_as_octet_stream_and_a_bad_one_stored_earlier_still_downloads() {
        long draft = TestPlans.draft(api, "内容类型 " + System.nanoTime());
        String attachments = "/api/plans/" + draft + "/attachments";
        long plain = api.postFile(attachments, "drafter", "file", "说明.txt", "text/plain; charset=UTF-8", TEXT).json().path("id").asLong();
        long malformed = api.postFile(attachments, "drafter", "file", "页面.txt", "text/html; charset=", TEXT).json().path("id").asLong();
        long unknown = api.postFile(attachments, "drafter", "file", "数据.txt", "foo", TEXT).json().path("id").asLong();
        long wildcard = api.postFile(attachments, "drafter", "file", "任意.txt", "*/*", TEXT).json().path("id").asLong();

        assertThat(jdbc.sql("SELECT content_type FROM plan_attachment WHERE id IN (?, ?, ?, ?) ORDER BY id")
                .params(plain, malformed, unknown, wildcard).query(String.class).list())
                .containsExactly("text/plain;charset=UTF-8", "application/octet-stream", "application/octet-stream",
                        "application/octet-stream");
        ApiClient.Response download = api.get(attachments + "/" + malformed, "drafter");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/octet-stream");
        assertThat(download.body()).isEqualTo("佐证材料");

        jdbc.sql("UPDATE plan_attachment SET content_type = 'text/html; charset=' WHERE id = ?").param(plain).update();
        ApiClient.Response stored = api.get(attachments + "/" + plain, "drafter");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void the_configured_limits_are_the_ones_poi_reads_office_files_with(
            @Value("${planflow.upload.office.min-inflate-ratio}") double ratio,
            @Value("${planflow.upload.office.max-entry-size}") DataSize entry,
            @Value("${planflow.upload.office.max-text-size}") long text,
            @Value("${planflow.upload.office.max-file-count}") long files) {
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(ratio);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(entry.toBytes()).isLessThan(DataSize.ofMegabytes(100).toBytes());
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(text);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(files);
        assertThat(acceptedTypes.extensions()).contains("pdf", "docx", "xlsx", "ofd", "wps").doesNotContain("zip", "exe", "html");
    }

    @Test
    void office_files_that_inflate_beyond_the_limits_are_refused_by_every_import_with_a_clean_400() {
        long draft = TestPlans.draft(api, "压缩炸弹 " + System.nanoTime());
        byte[] dense = bomb("word/document.xml", 64, 0);
        byte[] wide = bomb("xl/worksheets/sheet1.xml", 60, 96);
        assertThat(wide.length).as("a 60 MB entry at over 1:100, small enough to upload").isBetween(1_000_000, 3_000_000);
        // The same JVM runs the server: POI refuses both for the configured limits, not for some other flaw.
        assertThatThrownBy(() -> OPCPackage.open(new ByteArrayInputStream(dense))).hasStackTraceContaining("Zip bomb detected");
        assertThatThrownBy(() -> OPCPackage.open(new ByteArrayInputStream(wide))).hasStackTraceContaining("Zip bomb detected")
                .hasStackTraceContaining("max size");

        assertClean400(api.postFile("/api/plans/import", "drafter", "file", "方案.docx", dense));
        assertClean400(api.postFile("/api/plans/import", "drafter", "file", "方案.docx", bomb("word/document.xml", 60, 96)));
        assertClean400(api.postFile("/api/plans/" + draft + "/breakdown", "drafter", "file", "任务分解表.xlsx",
                bomb("xl/worksheets/sheet1.xml", 64, 0)));
        assertClean400(api.postFile("/api/plans/" + draft + "/breakdown", "drafter", "file", "任务分解表.xlsx", wide));
        assertClean400(api.postFile("/api/admin/organization/import", "admin", "file", "组织.xlsx", wide));

        assertThat(api.get("/api/plans/" + draft, "drafter").status()).as("the server carries on").isEqualTo(200);
    }

    private static long itemLedBy(String unit, JsonNode items) {
        for (JsonNode item : items) {
            if (unit.equals(item.path("leadUnit").path("code").asText())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("No item led by " + unit + " in " + items);
    }

    private static void assertRefused(ApiClient.Response response, String fileName) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(problem.path("code").asText()).isEqualTo(UploadProblem.FILE_TYPE_NOT_ACCEPTED.name());
        assertThat(problem.path("values").get(0).asText()).isEqualTo(fileName);
        assertThat(problem.path("values").get(1).asText()).isEqualTo("pdf, ofd, doc, docx, wps, xls, xlsx, et, ppt, pptx, txt, jpg, jpeg, png");
        assertThat(problem.path("detail").asText()).contains(fileName, "pdf, ofd, doc");
    }

    private static void assertClean400(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    /**
     * An Office package whose one entry inflates to {@code megabytes}: of zeros only when {@code noisePerBlock} is 0
     * (over 1:1000), else with that many random bytes in every 4 KB (about 1:40, within POI's ratio limit).
     */
    private static byte[] bomb(String entry, int megabytes, int noisePerBlock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(17);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            byte[] block = new byte[4096];
            for (int i = 0; i < megabytes * 256; i++) {
                Arrays.fill(block, (byte) ' ');
                for (int j = 0; j < noisePerBlock; j++) {
                    block[j] = (byte) random.nextInt();
                }
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
