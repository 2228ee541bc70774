package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Townships made at scale as an administrator would: the organization template downloaded, filled and
 * imported in one request. Every {@code staffEvery}-th township gets one member of staff, so notices
 * have someone to reach there; a user costs a bcrypt hash on import, so not every township gets one.
 */
public final class TestTownships {

    /** Long and mixed, so it passes any reasonable password rule. */
    public static final String STAFF_PASSWORD = "Jiedian-Ceshi-2026!";

    private TestTownships() {
    }

    /** The imported townships by code, each with its member of staff's username or null. */
    public record Imported(Map<String, String> staffOf) {

        public List<String> codes() {
            return List.copyOf(staffOf.keySet());
        }

        public long staffed() {
            return staffOf.values().stream().filter(staff -> staff != null).count();
        }
    }

    /** Imports townships {@code prefix-0001} … through {@code api} as {@code admin}. */
    public static Imported importTownships(ApiClient api, String prefix, int count, int staffEvery) throws IOException {
        Map<String, String> staffOf = new LinkedHashMap<>();
        List<List<String>> units = new ArrayList<>();
        List<List<String>> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "%s-%04d".formatted(prefix, i);
            units.add(List.of(code, "%s测试镇%04d".formatted(prefix, i), "乡镇", "leadership"));
            String staff = i % staffEvery == 0 ? code + "-staff" : null;
            if (staff != null) {
                users.add(List.of(staff, "镇干部" + i, code, "单位工作人员", STAFF_PASSWORD));
            }
            staffOf.put(code, staff);
        }
        byte[] workbook = fill(api.getBytes("/api/admin/organization/template.xlsx", "admin"), units, users);
        ApiClient.Response imported = api.postFile("/api/admin/organization/import", "admin", "file", "townships.xlsx", workbook);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("unitsCreated").asInt()).isEqualTo(count);
        assertThat(imported.json().path("usersCreated").asInt()).isEqualTo(users.size());
        return new Imported(staffOf);
    }

    /** The template's sheets 单位 and 用户 with the rows below their headers, in the template's column order. */
    private static byte[] fill(byte[] template, List<List<String>> units, List<List<String>> users) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(workbook.getSheet("单位"), units);
            rows(workbook.getSheet("用户"), users);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void rows(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
