package org.planflow.shared.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** A ruled table across the text block, header row bold and repeated on every page it spans. */
final class TableWriter {

    /** About 1 mm each side of a cell's text. */
    private static final int PADDING = 57;

    private TableWriter() {
    }

    static void write(XWPFDocument document, Table table) {
        int columns = table.headers().size();
        // 小四 when few columns; 五号 lets a breakdown table's eight columns fit 156 mm.
        double points = columns <= 5 ? 12 : 10.5;
        ColumnWidths widths = ColumnWidths.of(table, points, PageSetup.TEXT_WIDTH, PADDING);
        XWPFTable xwpf = document.createTable(table.rows().size() + 1, columns);
        layout(xwpf, widths);
        XWPFTableRow header = xwpf.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            fill(header.getCell(c), table.headers().get(c), ParagraphAlignment.CENTER, Font.HEITI, points, true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            // A task read across a page break is easily misread; Word still splits a row taller than a page.
            xwpf.getRow(r + 1).setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? row.get(c) : "";
                // Short entries (序号, 分值, units, dates) centre; longer text reads better justified.
                ParagraphAlignment alignment = widths.fitsTwoLines()[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH;
                fill(xwpf.getRow(r + 1).getCell(c), text, alignment, Font.FANGSONG, points, false);
            }
        }
    }

    private static void layout(XWPFTable table, ColumnWidths widths) {
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        width(tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW(), PageSetup.TEXT_WIDTH);
        (tblPr.isSetJc() ? tblPr.getJc() : tblPr.addNewJc()).setVal(STJcTable.CENTER);
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        CTTblBorders borders = tblPr.addNewTblBorders();
        Typesetter.rule(borders.addNewTop(), Typesetter.BLACK, 4, 0);
        Typesetter.rule(borders.addNewLeft(), Typesetter.BLACK, 4, 0);
        Typesetter.rule(borders.addNewBottom(), Typesetter.BLACK, 4, 0);
        Typesetter.rule(borders.addNewRight(), Typesetter.BLACK, 4, 0);
        Typesetter.rule(borders.addNewInsideH(), Typesetter.BLACK, 4, 0);
        Typesetter.rule(borders.addNewInsideV(), Typesetter.BLACK, 4, 0);
        CTTblCellMar margins = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
        width(margins.addNewLeft(), PADDING);
        width(margins.addNewRight(), PADDING);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int twips : widths.twips()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.twips().length; c++) {
                CTTcPr tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                width(tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW(), widths.twips()[c]);
                row.getCell(c).setVerticalAlignment(XWPFVertAlign.CENTER);
            }
        }
    }

    private static void fill(XWPFTableCell cell, String text, ParagraphAlignment alignment, Font font, double points,
            boolean bold) {
        List<String> lines = text.lines().map(String::strip).toList();
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            Typesetter.singleSpaced(Typesetter.offGrid(paragraph, alignment));
            if (i < lines.size()) {
                Typesetter.run(paragraph, lines.get(i), font, points, bold, null);
            }
        }
    }

    private static void width(CTTblWidth width, int twips) {
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }
}
