package org.planflow.shared.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * The 版记 (GB/T 9704 §7.4): 抄送 and the printing line in 4号 仿宋, a thick rule above and below, a thin one between,
 * on the last page with its bottom rule on the text block's lower edge. A one-column table floated to the bottom of
 * the text block puts it there; the text before it flows above it rather than under it.
 */
final class Colophon {

    private static final double SIZE = 14;
    private static final int THICK = 8; // 0.35 mm, in eighths of a point
    private static final int THIN = 6;  // 0.25 mm
    private static final int ONE_CHARACTER = 280; // one 4号 character in twips

    private Colophon() {
    }

    static void write(XWPFDocument document, OfficialDocument official) {
        boolean copies = official.copyTo() != null && !official.copyTo().isBlank();
        separateFromPrecedingTable(document);
        XWPFTable table = document.createTable(copies ? 2 : 1, 1);
        layout(table);
        int row = 0;
        if (copies) {
            String copyTo = official.copyTo().strip();
            // The list of copy recipients ends with a full stop; wrapped lines align after "抄送：".
            XWPFParagraph paragraph = line(table, row++);
            Typesetter.indent(paragraph, SIZE, 400, 100, -300);
            Typesetter.run(paragraph, "抄送：" + copyTo + (copyTo.endsWith("。") ? "" : "。"), Font.FANGSONG, SIZE);
        }
        XWPFParagraph printed = line(table, row);
        Typesetter.indent(printed, SIZE, 100, 100, 0);
        CTTabStop tab = Typesetter.pPr(printed).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(PageSetup.TEXT_WIDTH - ONE_CHARACTER));
        Typesetter.run(printed, official.printedBy().strip(), Font.FANGSONG, SIZE).addTab();
        Typesetter.run(printed, ChineseDates.format(official.printedOn()) + "印发", Font.FANGSONG, SIZE);
        // The floating table anchors to the paragraph after it; a hairline one fits on the last page.
        hairline(document);
    }

    private static XWPFParagraph line(XWPFTable table, int row) {
        XWPFParagraph paragraph = table.getRow(row).getCell(0).getParagraphs().get(0);
        return Typesetter.offGrid(paragraph, ParagraphAlignment.LEFT);
    }

    private static void layout(XWPFTable table) {
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(PageSetup.TEXT_WIDTH));
        CTTblPPr position = tblPr.addNewTblpPr();
        // Anchored to the page, not the margin: LibreOffice floats a table only if text could flow beside it.
        position.setHorzAnchor(STHAnchor.PAGE);
        position.setTblpX(BigInteger.valueOf(PageSetup.LEFT));
        position.setVertAnchor(STVAnchor.MARGIN);
        position.setTblpYSpec(STYAlign.BOTTOM);
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        CTTblBorders borders = tblPr.addNewTblBorders();
        Typesetter.rule(borders.addNewTop(), Typesetter.BLACK, THICK, 0);
        Typesetter.rule(borders.addNewBottom(), Typesetter.BLACK, THICK, 0);
        Typesetter.rule(borders.addNewInsideH(), Typesetter.BLACK, THIN, 0);
        borders.addNewLeft().setVal(STBorder.NONE);
        borders.addNewRight().setVal(STBorder.NONE);
        borders.addNewInsideV().setVal(STBorder.NONE);
        // No cell padding, so the rules and the tab stop measure from the text block's edges.
        CTTblCellMar margins = tblPr.addNewTblCellMar();
        for (CTTblWidth margin : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            margin.setType(STTblWidth.DXA);
            margin.setW(BigInteger.ZERO);
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        (grid.sizeOfGridColArray() > 0 ? grid.getGridColArray(0) : grid.addNewGridCol()).setW(BigInteger.valueOf(PageSetup.TEXT_WIDTH));
    }

    /** Word joins two tables with nothing between them into one. */
    private static void separateFromPrecedingTable(XWPFDocument document) {
        List<IBodyElement> elements = document.getBodyElements();
        IBodyElement last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
        if (last instanceof XWPFTable) {
            hairline(document);
        }
    }

    private static void hairline(XWPFDocument document) {
        XWPFParagraph paragraph = Typesetter.offGrid(document.createParagraph(), ParagraphAlignment.LEFT);
        Typesetter.pPr(paragraph).getSpacing().setLine(BigInteger.valueOf(20));
    }
}
