package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.Seeds;
import org.planflow.TestPlans;
import org.planflow.importing.BreakdownFileProblem;
import org.planflow.shared.UploadProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing documents and breakdown tables through the API, with the demo district's units. */
@PlanFlowTest
class PlanImportIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8ad55068d92d7368.txt", "001_7cefbca7f479efcb.txt", "002_82acbdd57eb30c28.txt",
            "003_2a275d039099f7ee.txt", "004_eaee06c81bbdc12e.txt"})
    void every_seed_imports_as_a_draft_with_sections_and_proposed_items(String seed) throws IOException {
        ApiClient.Response imported = api.postFile("/api/plans/import", "drafter", "file", seed, Seeds.bytes(seed));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode plan = imported.json();
        assertThat(plan.path("status").asText()).isEqualTo("DRAFTING");
        assertThat(plan.path("title").asText()).isNotBlank();
        assertThat(plan.path("sections").size()).isGreaterThan(3);
        assertThat(plan.path("items").size()).isGreaterThan(0);
        assertThat(plan.path("revision").asInt()).isEqualTo(1);
        assertThat(api.get("/api/plans/" + plan.path("id").asLong() + "/timeline?size=500", "drafter").items()
                .findValuesAsText("what")).contains("IMPORTED");
    }

    @Test
    void the_consultation_draft_keeps_its_labelled_units_and_flags_the_unknown_ones() throws IOException {
        JsonNode plan = api.postFile("/api/plans/import", "drafter", "file", "004.txt", Seeds.bytes("004_eaee06c81bbdc12e.txt")).json();

        assertThat(plan.path("title").asText()).contains("质量强区").doesNotContain("征求意见稿");
        assertThat(plan.path("items").findValuesAsText("code")).contains("scjgj");
        JsonNode draftMark = warning(plan, "DRAFT_MARK");
        assertThat(draftMark.path("values").get(0).asText()).isEqualTo("征求意见稿");
        assertThat(draftMark.path("message").asText()).isEqualTo("The document is marked 征求意见稿 (a draft); the mark is left out of the title");
        assertThat(warning(plan, "UNIT_NOT_FOUND").path("message").asText()).startsWith("Unit not found in the district: ");
        // stored and read back with codes and values intact
        assertThat(api.get("/api/plans/" + plan.path("id").asLong(), "drafter").json().path("warnings")).isEqualTo(plan.path("warnings"));
    }

    private static JsonNode warning(JsonNode plan, String code) {
        for (JsonNode warning : plan.path("warnings")) {
            if (warning.path("code").asText().equals(code)) {
                return warning;
            }
        }
        throw new AssertionError("No " + code + " warning in " + plan.path("warnings"));
    }

    @Test
    void a_gb18030_text_and_a_word_document_import_like_utf8_text() throws IOException {
        String text = new String(Seeds.bytes("001_7cefbca7f479efcb.txt"), StandardCharsets.UTF_8);
        JsonNode utf8 = api.postFile("/api/plans/import", "drafter", "file", "a.txt", text.getBytes(StandardCharsets.UTF_8)).json();
        JsonNode gb = api.postFile("/api/plans/import", "drafter", "file", "b.txt", text.getBytes(Charset.forName("GB18030"))).json();
        JsonNode docx = api.postFile("/api/plans/import", "drafter", "file", "c.docx", docx(text)).json();

        assertThat(gb.path("title").asText()).isEqualTo(utf8.path("title").asText());
        assertThat(gb.path("sections")).isEqualTo(utf8.path("sections"));
        assertThat(docx.path("title").asText()).isEqualTo(utf8.path("title").asText());
        assertThat(docx.path("sections").size()).isEqualTo(utf8.path("sections").size());
    }

    @Test
    void a_file_that_is_no_document_is_refused_naming_the_file_field() {
        ApiClient.Response pdf = api.postFile("/api/plans/import", "drafter", "file", "plan.pdf", new byte[] {1, 2, 3});
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.contentType()).contains("application/problem+json");
        assertThat(pdf.json().path("field").asText()).isEqualTo("file");

        ApiClient.Response broken = api.postFile("/api/plans/import", "drafter", "file", "plan.docx", "not a zip".getBytes());
        assertThat(broken.status()).isEqualTo(400);
        assertThat(api.postFile("/api/plans/import", "staff-fgw", "file", "a.txt", "一、总则".getBytes()).status()).isEqualTo(403);
    }

    @Test
    void a_text_file_with_a_nul_byte_is_refused_as_binary_with_a_code_for_either_language() {
        byte[] withNul = "宝坻区质量兴区工作实施方案\n一、指导思想\0以质取胜。".getBytes(StandardCharsets.UTF_8);

        ApiClient.Response refused = api.postFile("/api/plans/import", "drafter", "file", "方案.txt", withNul);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.path("code").asText()).isEqualTo("NOT_TEXT");
        assertThat(problem.path("values").get(0).asText()).isEqualTo("方案.txt");
        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(problem.path("detail").asText()).startsWith("The file \"方案.txt\" is not a text file but binary data");
    }

    @Test
    void a_word_document_named_txt_and_files_named_docx_that_are_none_are_refused_with_400() throws IOException {
        ApiClient.Response wordAsText = api.postFile("/api/plans/import", "drafter", "file", "a.txt", docx("宝坻区质量兴区工作实施方案"));
        ApiClient.Response textAsDocx = api.postFile("/api/plans/import", "drafter", "file", "b.docx", "一、总则".getBytes(StandardCharsets.UTF_8));
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        ApiClient.Response oldWord = api.postFile("/api/plans/import", "drafter", "file", "c.docx", ole2);

        assertThat(wordAsText.status()).isEqualTo(400);
        assertThat(wordAsText.json().path("code").asText()).isEqualTo("NOT_TEXT");
        assertThat(textAsDocx.status()).isEqualTo(400);
        assertThat(textAsDocx.json().path("code").asText()).isEqualTo("NOT_DOCX");
        assertThat(textAsDocx.json().path("detail").asText()).isEqualTo("The file \"b.docx\" is not a readable .docx document");
        assertThat(oldWord.status()).isEqualTo(400);
        assertThat(oldWord.json().path("code").asText()).isEqualTo("OLD_WORD_FORMAT");
    }

    @Test
    void the_plan_made_from_seed_000_is_titled_from_its_text_not_its_file_name() {
        ApiClient.Response imported = api.postFile("/api/plans/import", "drafter", "file", "000_8ad55068d92d7368.txt",
                Seeds.bytes("000_8ad55068d92d7368.txt"));

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().path("title").asText()).isEqualTo("争创质量强市先进区活动方案");
        assertThat(warning(imported.json(), "TITLE_FROM_TEXT").path("message").asText())
                .isEqualTo("No title line found: the title \"争创质量强市先进区活动方案\" was taken from the text; please check it");
    }

    @Test
    void warnings_stored_as_english_sentences_before_codes_read_back_as_codes_after_the_migration() throws IOException {
        long id = TestPlans.draft(api, "迁移测试 " + System.nanoTime());
        jdbc.update("UPDATE plan SET import_warnings = ? WHERE id = ?", String.join("\n",
                "Unit not found in the district: 质监分局",
                "UNIT_NOT_FOUND\t市经信委",
                "Breakdown item 3 names no lead unit: 加强宣传",
                "No title line found: the file name is used as the title",
                "Imported the plan carried by the notice 关于转发的通知; the notice's own text was left out",
                "The document is marked 征求意见稿 (a draft); the mark is left out of the title",
                "Joined 16 lines numbered 1、 to 16、 as pieces of one text (pages of a web copy)",
                "Breakdown table row 4: the score '五分' is not a number; it was left empty",
                "a sentence no version of PlanFlow wrote"), id);

        try (InputStream migration = getClass().getResourceAsStream("/db/changelog/changes/020-import-warning-codes.sql")) {
            jdbc.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }

        JsonNode warnings = api.get("/api/plans/" + id, "drafter").json().path("warnings");
        assertThat(warnings.findValuesAsText("code")).containsExactly("UNIT_NOT_FOUND", "UNIT_NOT_FOUND", "ITEM_WITHOUT_LEAD_UNIT",
                "NO_TITLE_LINE", "NOTICE_TEXT_LEFT_OUT", "DRAFT_MARK", "PAGES_JOINED", "TABLE_ROW_BAD_SCORE");
        assertThat(warnings.get(0).path("values").get(0).asText()).isEqualTo("质监分局");
        assertThat(warnings.get(2).path("message").asText()).isEqualTo("Breakdown item 3 names no lead unit: 加强宣传");
        assertThat(warnings.get(7).path("values")).hasSize(2);
        assertThat(warnings.get(7).path("message").asText())
                .isEqualTo("Breakdown table row 4: the score \"五分\" is not a number; it was left empty");
    }

    @Test
    void the_breakdown_table_round_trips_through_xlsx_and_a_bad_row_changes_nothing() throws IOException {
        JsonNode plan = api.postFile("/api/plans/import", "drafter", "file", "003.txt", Seeds.bytes("003_2a275d039099f7ee.txt")).json();
        long id = plan.path("id").asLong();
        byte[] xlsx = api.getBytes("/api/plans/" + id + "/breakdown.xlsx", "drafter");

        ApiClient.Response reimported = api.postFile("/api/plans/" + id + "/breakdown", "drafter", "file", "table.xlsx", xlsx);
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        assertThat(reimported.json().path("items").size()).isEqualTo(plan.path("items").size());
        assertThat(reimported.json().path("revision").asInt()).isEqualTo(2);

        byte[] bad = withBadScore(xlsx);
        ApiClient.Response refused = api.postFile("/api/plans/" + id + "/breakdown", "drafter", "file", "bad.xlsx", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo(UploadProblem.FILE_REFUSED.name());
        assertThat(refused.json().path("field").asText()).isEqualTo("file");
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("row").asInt()).isGreaterThan(1);
        assertThat(error.path("code").asText()).isEqualTo("SCORE_NOT_NUMBER");
        assertThat(error.path("problem").asText()).endsWith("is not a number");
        assertThat(api.get("/api/plans/" + id, "drafter").json().path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void a_breakdown_file_that_is_no_workbook_is_refused_with_a_code_naming_the_file_field() {
        long id = api.postFile("/api/plans/import", "drafter", "file", "003.txt", Seeds.bytes("003_2a275d039099f7ee.txt")).json()
                .path("id").asLong();

        ApiClient.Response refused = api.postFile("/api/plans/" + id + "/breakdown", "drafter", "file", "table.xlsx",
                "序号,指标\n1,加强领导".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("file");
        assertThat(refused.json().path("code").asText()).isEqualTo(BreakdownFileProblem.NOT_XLSX.name());
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("file: The file is not an .xlsx workbook; import the breakdown table saved as .xlsx");
        assertThat(api.get("/api/plans/" + id, "drafter").json().path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void attachments_over_the_limit_are_refused_with_413() {
        long id = api.post("/api/plans", "drafter", "{\"title\":\"附件测试\"}").json().path("id").asLong();
        ApiClient.Response small = api.postFile("/api/plans/" + id + "/attachments", "drafter", "file", "说明.txt",
                "附件内容".getBytes(StandardCharsets.UTF_8));
        assertThat(small.status()).isEqualTo(201);
        assertThat(api.get("/api/plans/" + id + "/attachments/" + small.json().path("id").asLong(), "drafter").body())
                .isEqualTo("附件内容");

        ApiClient.Response large = api.postFile("/api/plans/" + id + "/attachments", "drafter", "file", "big.bin",
                new byte[11 * 1024 * 1024]);
        assertThat(large.status()).isEqualTo(413);
    }


    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] withBadScore(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(headerRow(sheet));
            int scoreColumn = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().contains("分值")) {
                    scoreColumn = cell.getColumnIndex();
                }
            }
            var row = sheet.getRow(headerRow(sheet) + 1);
            (row.getCell(scoreColumn) == null ? row.createCell(scoreColumn) : row.getCell(scoreColumn)).setCellValue("十分");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int headerRow(org.apache.poi.ss.usermodel.Sheet sheet) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && "序号".equals(cell.getStringCellValue())) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row");
    }
}
