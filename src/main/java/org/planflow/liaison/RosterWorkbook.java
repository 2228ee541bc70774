package org.planflow.liaison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.shared.document.SheetStyles;

/**
 * The plan's member roster (成员单位通讯录) as an .xlsx workbook: one row per liaison (a unit that named none keeps a
 * row with its name alone), as an office hands it out at a joint meeting. Fixed Chinese words: a government document.
 */
final class RosterWorkbook {

    static final String SHEET_NAME = "成员单位通讯录";
    static final List<String> HEADERS = List.of("序号", "成员单位", "联络员", "联系电话", "备注");
    /** In Chinese characters; a character is two Excel width units. */
    private static final int[] COLUMN_WIDTHS = {3, 14, 6, 9, 8};
    private static final int SEQ = 0;
    private static final int UNIT = 1;
    private static final int NAME = 2;
    private static final int PHONE = 3;
    private static final int NOTE = 4;
    private static final int TITLE_POINTS = 16;
    private static final String UNIT_WIDE = "本单位常设联络员";
    private static final String NONE = "未指定";

    private RosterWorkbook() {
    }

    static byte[] write(String planTitle, List<Liaison> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue((planTitle == null ? "" : planTitle.strip()) + SHEET_NAME);
            title.setCellStyle(SheetStyles.title(workbook, TITLE_POINTS));
            title.getRow().setHeightInPoints(TITLE_POINTS * 2f);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            CellStyle header = SheetStyles.header(workbook);
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 2 * 256);
            }
            SheetStyles.landscapeTable(sheet);
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            CellStyle body = SheetStyles.bordered(workbook);
            CellStyle centered = SheetStyles.centered(workbook);
            int seq = 0;
            for (Liaison line : lines) {
                Row row = sheet.createRow(2 + seq);
                for (int c = 0; c < HEADERS.size(); c++) {
                    row.createCell(c).setCellStyle(c == SEQ || c == PHONE ? centered : body);
                }
                row.getCell(SEQ).setCellValue(++seq);
                SheetStyles.text(row, UNIT, line.unit().name());
                SheetStyles.text(row, NAME, line.named() ? line.name() : NONE);
                SheetStyles.text(row, PHONE, line.phone());
                SheetStyles.text(row, NOTE, line.scope() == LiaisonScope.UNIT ? UNIT_WIDE : null);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the member roster in memory", e);
        }
    }
}
