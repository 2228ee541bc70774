package org.planflow.shared.document;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The look of every table PlanFlow writes as .xlsx: a bold title, bordered and wrapped cells, a bold header. */
public final class SheetStyles {

    private SheetStyles() {
    }

    /**
     * A table of a title row and a header row, kept in view while scrolled, printed for meetings on landscape A4 with
     * all columns on the page.
     */
    public static void landscapeTable(Sheet sheet) {
        sheet.createFreezePane(0, 2);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    public static CellStyle title(Workbook workbook, int points) {
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) points);
        CellStyle title = workbook.createCellStyle();
        title.setFont(large);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        return title;
    }

    public static CellStyle header(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = centered(workbook);
        header.setFont(bold);
        return header;
    }

    public static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    public static CellStyle centered(Workbook workbook) {
        CellStyle style = bordered(workbook);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    /** A style with a number format, such as yyyy-mm-dd or 0%, on top of a base style's look. */
    public static CellStyle formatted(Workbook workbook, CellStyle base, String format) {
        base.setDataFormat(workbook.createDataFormat().getFormat(format));
        return base;
    }

    /** Writes the text into the row's cell, leaving the cell blank for no text. */
    public static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.getCell(column).setCellValue(value);
        }
    }
}
