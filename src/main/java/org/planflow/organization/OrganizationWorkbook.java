package org.planflow.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.shared.Roles;
import org.planflow.shared.document.SheetStyles;

/**
 * The district's units and users as an .xlsx workbook: a sheet 单位 (code, name, type, parent, head and
 * the aliases by kind) and a sheet 用户 (username, name, unit, roles, initial password, e-mail), headed
 * by the names below in their first row. Types and roles may be written as codes or in Chinese.
 * Reading finds what is wrong with the file and its cells; the rules about units and users are the
 * services' and are checked when the rows are applied.
 */
final class OrganizationWorkbook {

    static final String UNITS = "单位";
    static final String USERS = "用户";
    private static final String HELP = "说明";
    private static final int MAX_ROWS = 5000;
    private static final String LIST_SEPARATORS = "[、，,；;\\n]+";

    /** The columns of each sheet: header, then the English word also accepted, then whether it is required. */
    enum Column {
        CODE(UNITS, "代码", "code", true, 14),
        NAME(UNITS, "名称", "name", true, 24),
        TYPE(UNITS, "类型", "type", true, 12),
        PARENT(UNITS, "上级单位代码", "parent", false, 14),
        HEAD(UNITS, "负责人用户名", "head", false, 16),
        SHORT_NAMES(UNITS, "简称", "short names", false, 24),
        FORMER_NAMES(UNITS, "曾用名", "former names", false, 24),
        MERGED_UNITS(UNITS, "并入单位", "merged units", false, 30),
        USERNAME(USERS, "用户名", "username", true, 16),
        DISPLAY_NAME(USERS, "姓名", "display name", true, 14),
        UNIT(USERS, "单位代码", "unit", true, 14),
        ROLES(USERS, "角色", "roles", true, 24),
        PASSWORD(USERS, "初始密码", "password", false, 16),
        EMAIL(USERS, "电子邮箱", "email", false, 24);

        final String sheet;
        final String header;
        final String english;
        final boolean required;
        final int width;

        Column(String sheet, String header, String english, boolean required, int width) {
            this.sheet = sheet;
            this.header = header;
            this.english = english;
            this.required = required;
            this.width = width;
        }

        static List<Column> of(String sheet) {
            return Arrays.stream(values()).filter(column -> column.sheet.equals(sheet)).toList();
        }
    }

    /** How the file writes types and roles in Chinese; the codes are accepted as well. */
    private static final Map<String, UnitType> TYPE_WORDS = Map.of(
            "乡镇", UnitType.TOWNSHIP, "街道", UnitType.STREET, "部门", UnitType.DEPARTMENT, "办公室", UnitType.OFFICE,
            "政府领导", UnitType.LEADERSHIP, "督查", UnitType.SUPERVISION);
    private static final Map<String, String> ROLE_WORDS = Map.of(
            "起草人", Roles.DRAFTER, "部门审核人", Roles.DEPT_REVIEWER, "单位工作人员", Roles.UNIT_STAFF, "领导", Roles.LEADER,
            "办公室文秘", Roles.OFFICE_CLERK, "督查人员", Roles.SUPERVISOR, "方案办公室人员", Roles.PLAN_OFFICE,
            "系统管理员", Roles.ADMIN);

    private OrganizationWorkbook() {
    }

    /** One row of a sheet: its Excel number and its cells by column (blank cells absent). */
    record SheetRow(int row, Map<Column, String> cells) {

        String get(Column column) {
            return cells.get(column);
        }

        List<String> list(Column column) {
            String text = cells.get(column);
            return text == null ? List.of() : Arrays.stream(text.split(LIST_SEPARATORS)).map(String::strip)
                    .filter(value -> !value.isEmpty()).toList();
        }
    }

    record Content(List<SheetRow> units, List<SheetRow> users) {
    }

    /** The rows of both sheets; a file that is no such workbook is refused with the reason. */
    static Content read(byte[] xlsx) {
        try (Workbook workbook = open(xlsx)) {
            Sheet units = sheet(workbook, UNITS);
            Sheet users = sheet(workbook, USERS);
            if (units == null && users == null) {
                throw refused(UNITS, OrganizationProblem.SHEET_MISSING, UNITS);
            }
            Content content = new Content(rows(units, UNITS), rows(users, USERS));
            if (content.units().isEmpty() && content.users().isEmpty()) {
                throw refused(UNITS, OrganizationProblem.FILE_EMPTY);
            }
            return content;
        } catch (IOException e) {
            throw refused(UNITS, OrganizationProblem.FILE_UNREADABLE);
        }
    }

    /** A type as the file writes it, by code or Chinese word. */
    static Optional<UnitType> type(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip();
        return Optional.ofNullable(TYPE_WORDS.get(word)).or(() -> Arrays.stream(UnitType.values())
                .filter(type -> type.name().equalsIgnoreCase(word)).findFirst());
    }

    /** A role as the file writes it: its Chinese word becomes the code; anything else is left for the service to judge. */
    static String role(String text) {
        return ROLE_WORDS.getOrDefault(text.strip(), text.strip().toUpperCase(Locale.ROOT));
    }

    /** The empty workbook to fill in: both sheets with their headers, a list to pick types from, and a sheet of help. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetStyles.header(workbook);
            for (String name : List.of(UNITS, USERS)) {
                Sheet sheet = workbook.createSheet(name);
                Row row = sheet.createRow(0);
                List<Column> columns = Column.of(name);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(columns.get(c).header);
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, columns.get(c).width * 256 * 2);
                }
                sheet.createFreezePane(0, 1);
            }
            Sheet units = workbook.getSheet(UNITS);
            DataValidationHelper validations = units.getDataValidationHelper();
            units.addValidationData(validations.createValidation(
                    validations.createExplicitListConstraint(TYPE_WORDS.keySet().stream().sorted().toArray(String[]::new)),
                    new CellRangeAddressList(1, MAX_ROWS, Column.of(UNITS).indexOf(Column.TYPE), Column.of(UNITS).indexOf(Column.TYPE))));
            help(workbook.createSheet(HELP));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the organization template in memory", e);
        }
    }

    private static void help(Sheet sheet) {
        List<String> lines = new ArrayList<>(List.of(
                "在“单位”表每行填写一个单位，在“用户”表每行填写一个用户；第一行是表头，请勿修改。",
                "导入全部成功或全部不导入：任何一行有误时，会列出所有有误的行和列，什么也不会改动。",
                "代码已存在的单位、用户名已存在的用户会被更新；新用户须填写初始密码（至少8位），首次登录时须修改。",
                "简称、曾用名、并入单位可填写多个，用顿号（、）分隔；角色也用顿号分隔。",
                "上级单位代码、负责人用户名可以引用同一文件中的单位和用户；负责人须是该单位的用户。",
                "",
                "单位类型（类型）："));
        TYPE_WORDS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> lines.add("  " + entry.getKey() + " = " + entry.getValue()));
        lines.add("");
        lines.add("角色：");
        ROLE_WORDS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> lines.add("  " + entry.getKey() + " = " + entry.getValue()));
        lines.add("");
        lines.add("示例（单位）：fgw | 区发展改革委 | 部门 | leadership | staff-fgw | 区发改委、发改委 | | ");
        lines.add("示例（用户）：staff-fgw | 王五 | fgw | 单位工作人员 | Chushi2026 | wangwu@example.gov.cn");
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static Workbook open(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw refused(UNITS, OrganizationProblem.FILE_UNREADABLE);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no workbook with several unchecked exceptions; to the user they are one problem.
            throw refused(UNITS, OrganizationProblem.FILE_UNREADABLE);
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        String english = name.equals(UNITS) ? "units" : "users";
        for (Sheet sheet : workbook) {
            String sheetName = sheet.getSheetName().strip();
            if (sheetName.equals(name) || sheetName.equalsIgnoreCase(english)) {
                return sheet;
            }
        }
        return null;
    }

    private static List<SheetRow> rows(Sheet sheet, String name) {
        if (sheet == null) {
            return List.of();
        }
        DataFormatter formatter = new DataFormatter();
        Map<Column, Integer> positions = headers(sheet.getRow(sheet.getFirstRowNum()), name, formatter);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw refused(name, OrganizationProblem.TOO_MANY_ROWS, MAX_ROWS);
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, String> cells = new LinkedHashMap<>();
            positions.forEach((column, position) -> {
                String text = formatter.formatCellValue(row.getCell(position)).strip();
                if (!text.isEmpty()) {
                    cells.put(column, text);
                }
            });
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return rows;
    }

    private static Map<Column, Integer> headers(Row header, String name, DataFormatter formatter) {
        Map<Column, Integer> positions = new LinkedHashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).replaceAll("[\\s\\u3000]+", "");
                for (Column column : Column.of(name)) {
                    if (text.equals(column.header) || text.equalsIgnoreCase(column.english.replace(" ", ""))) {
                        positions.putIfAbsent(column, cell.getColumnIndex());
                    }
                }
            }
        }
        for (Column column : Column.of(name)) {
            if (column.required && !positions.containsKey(column)) {
                throw refused(name, OrganizationProblem.COLUMN_MISSING, column.header);
            }
        }
        return positions;
    }

    private static OrganizationImportException refused(String sheet, OrganizationProblem problem, Object... values) {
        return new OrganizationImportException(List.of(new SheetRowError(sheet, 0, "", problem.name(),
                Arrays.stream(values).map(String::valueOf).toList())));
    }
}
