package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.shared.UploadProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The district set up from an .xlsx workbook, all or nothing. */
@PlanFlowTest
class OrganizationImportIT {

    private static final String PREFIX = "test-imp-";
    private static final List<String> UNIT_HEADERS = List.of("代码", "名称", "类型", "上级单位代码", "负责人用户名", "简称", "曾用名", "并入单位");
    private static final List<String> USER_HEADERS = List.of("用户名", "姓名", "单位代码", "角色", "初始密码", "电子邮箱");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeImported() {
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void a_good_workbook_creates_units_with_parents_heads_and_aliases_and_their_people() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("test-imp-a", "测试导入局", "部门", "leadership", "test-imp-head", "测试导入、导入局", "测试旧局", ""),
                List.of("TEST-IMP-B", "测试导入镇", "TOWNSHIP", "test-imp-a", "", "", "", "测试合并乡")), List.of(
                List.of("test-imp-head", "王局长", "test-imp-a", "部门审核人、单位工作人员", "Chushi-2026", "wang@example.gov.cn"),
                List.of("test-imp-staff", "李干事", "test-imp-b", "UNIT_STAFF", "Chushi-2026", "")));

        ApiClient.Response imported = api.postFile("/api/admin/organization/import", "admin", "file", "district.xlsx", workbook);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("unitsCreated").asInt()).isEqualTo(2);
        assertThat(imported.json().path("usersCreated").asInt()).isEqualTo(2);
        JsonNode a = api.get("/api/admin/units/test-imp-a", "admin").json();
        assertThat(a.path("parent").asText()).isEqualTo("leadership");
        assertThat(a.path("head").asText()).isEqualTo("test-imp-head");
        assertThat(a.path("aliases").toString()).contains("{\"alias\":\"测试导入\",\"kind\":\"SHORT\"}",
                "{\"alias\":\"导入局\",\"kind\":\"SHORT\"}", "{\"alias\":\"测试旧局\",\"kind\":\"FORMER\"}");
        JsonNode b = api.get("/api/admin/units/test-imp-b", "admin").json();
        assertThat(b.path("type").asText()).isEqualTo("TOWNSHIP");
        assertThat(b.path("parent").asText()).isEqualTo("test-imp-a");
        assertThat(b.path("aliases").toString()).contains("{\"alias\":\"测试合并乡\",\"kind\":\"MERGED\"}");
        JsonNode head = api.get("/api/admin/users/test-imp-head", "admin").json();
        assertThat(head.path("roles").toString()).contains("DEPT_REVIEWER", "UNIT_STAFF");
        assertThat(head.path("unitHead").asBoolean()).isTrue();
        assertThat(head.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(head.path("email").asText()).isEqualTo("wang@example.gov.cn");

        ApiClient.Response again = api.postFile("/api/admin/organization/import", "admin", "file", "district.xlsx", workbook);
        assertThat(again.status()).as("importing the same file again updates, it does not clash").isEqualTo(200);
        assertThat(again.json().path("unitsUpdated").asInt()).isEqualTo(2);
        assertThat(again.json().path("usersUpdated").asInt()).isEqualTo(2);
    }

    @Test
    void a_workbook_with_bad_rows_is_refused_whole_with_every_bad_row_named() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("test-imp-good", "测试好局", "部门", "", "", "", "", ""),
                List.of("Bad Code", "测试坏代码局", "部门", "", "", "", "", ""),
                List.of("test-imp-city", "测试城市", "城市", "", "", "", "", ""),
                List.of("test-imp-alias", "测试别名局", "部门", "", "", "区发改委", "", "")), List.of(
                List.of("test-imp-ok", "好人", "test-imp-good", "单位工作人员", "Chushi-2026", ""),
                List.of("test-imp-mayor", "区长助理", "test-imp-good", "市长", "Chushi-2026", ""),
                List.of("test-imp-short", "短密码", "test-imp-good", "单位工作人员", "123", ""),
                List.of("test-imp-lost", "迷路", "nowhere", "单位工作人员", "Chushi-2026", ""),
                List.of("test-imp-ok", "重复", "test-imp-good", "单位工作人员", "Chushi-2026", "")));

        ApiClient.Response refused = api.postFile("/api/admin/organization/import", "admin", "file", "district.xlsx", workbook);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo(UploadProblem.FILE_REFUSED.name());
        List<JsonNode> errors = new ArrayList<>();
        refused.json().path("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.path("sheet").asText(), e -> e.path("row").asInt(), e -> e.path("column").asText(),
                e -> e.path("code").asText()).containsExactlyInAnyOrder(
                tuple("单位", 3, "代码", "CODE_INVALID"),
                tuple("单位", 4, "类型", "TYPE_UNKNOWN"),
                tuple("单位", 5, "简称", "NAME_TAKEN"),
                tuple("用户", 3, "角色", "ROLE_UNKNOWN"),
                tuple("用户", 4, "初始密码", "PASSWORD_TOO_SHORT"),
                tuple("用户", 5, "单位代码", "UNIT_UNKNOWN"),
                tuple("用户", 6, "用户名", "REPEATED_IN_FILE"));
        assertThat(refused.json().path("detail").asText()).contains("nothing was imported", "row 4, 类型");
        assertThat(api.get("/api/admin/units/test-imp-good", "admin").status()).as("nothing applied").isEqualTo(404);
        assertThat(api.get("/api/admin/users/test-imp-ok", "admin").status()).isEqualTo(404);
    }

    @Test
    void the_template_has_both_sheets_and_importing_it_empty_is_refused() throws IOException {
        ApiClient.Response forbidden = api.get("/api/admin/organization/template.xlsx", "staff-fgw");
        assertThat(forbidden.status()).isEqualTo(403);
        byte[] template = api.getBytes("/api/admin/organization/template.xlsx", "admin");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet("单位").getRow(0).getCell(0).getStringCellValue()).isEqualTo("代码");
            assertThat(workbook.getSheet("用户").getRow(0).getCell(3).getStringCellValue()).isEqualTo("角色");
            assertThat(workbook.getSheet("说明")).isNotNull();
        }

        ApiClient.Response empty = api.postFile("/api/admin/organization/import", "admin", "file", "template.xlsx", template);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").get(0).path("code").asText()).isEqualTo("FILE_EMPTY");
        ApiClient.Response notExcel = api.postFile("/api/admin/organization/import", "admin", "file", "district.xlsx",
                "代码,名称".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notExcel.status()).isEqualTo(400);
        assertThat(notExcel.json().path("errors").get(0).path("code").asText()).isEqualTo("FILE_UNREADABLE");
    }

    private static byte[] workbook(List<List<String>> units, List<List<String>> users) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet("单位"), UNIT_HEADERS, units);
            sheet(workbook.createSheet("用户"), USER_HEADERS, users);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Sheet sheet, List<String> headers, List<List<String>> rows) {
        write(sheet.createRow(0), headers);
        for (int r = 0; r < rows.size(); r++) {
            write(sheet.createRow(r + 1), rows.get(r));
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
