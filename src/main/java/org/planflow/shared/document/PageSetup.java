package org.planflow.shared.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The A4 page of GB/T 9704: margins, the 22 × 28 grid, default text, and page numbers in the footer. */
final class PageSetup {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int TOP = 2098;    // 37 mm
    static final int BOTTOM = 1984; // 35 mm
    static final int LEFT = 1588;   // 28 mm
    static final int RIGHT = 1474;  // 26 mm, leaving a 156 mm text block
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    /** 4号 page numbers, their dash 7 mm below the text block: the footer's baseline sits about 22 mm up. */
    private static final double PAGE_NUMBER = 14;
    private static final int FOOTER = 1247;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private PageSetup() {
    }

    static void apply(XWPFDocument document) {
        defaults(document);
        fontTable(document);
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(FOOTER));
        margins.setGutter(BigInteger.ZERO);
        // A line grid only: LibreOffice gives a 16 pt character two cells of a 15.79 pt character grid, halving
        // the line. Runs are condensed instead to get 28 characters a line (see Typesetter.run).
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(Typesetter.LINE));
        pageNumbers(document);
    }

    /** 3号 仿宋 in Chinese by default, so text typed later into the file matches. */
    private static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(Font.FANGSONG.latin);
        fonts.setHAnsi(Font.FANGSONG.latin);
        fonts.setEastAsia(Font.FANGSONG.eastAsia);
        fonts.setCs(Font.FANGSONG.eastAsia);
        rPr.addNewSz().setVal(BigInteger.valueOf(32));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(32));
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        document.createStyles().setStyles(styles);
    }

    /** Names each face's fallback (w:altName) and GB2312 charset, which is what lets readers substitute sensibly. */
    private static void fontTable(XWPFDocument document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (Font font : Font.values()) {
            xml.append("<w:font w:name=\"").append(font.eastAsia).append("\">");
            if (!font.fallback.equals(font.eastAsia)) {
                xml.append("<w:altName w:val=\"").append(font.fallback).append("\"/>");
            }
            xml.append("<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>")
                .append("<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "— 1 —": odd pages right with one character to spare, even pages left, as the standard asks. */
    private static void pageNumbers(XWPFDocument document) {
        document.setEvenAndOddHeadings(true);
        pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        Typesetter.singleSpaced(Typesetter.offGrid(paragraph, side));
        int oneCharacter = 100;
        Typesetter.indent(paragraph, PAGE_NUMBER, side == ParagraphAlignment.LEFT ? oneCharacter : 0,
                side == ParagraphAlignment.RIGHT ? oneCharacter : 0, 0);
        Typesetter.run(paragraph, "— ", Font.SONGTI, PAGE_NUMBER);
        field(paragraph, STFldCharType.BEGIN);
        Typesetter.run(paragraph, "", Font.SONGTI, PAGE_NUMBER).getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(paragraph, STFldCharType.SEPARATE);
        Typesetter.run(paragraph, "1", Font.SONGTI, PAGE_NUMBER);
        field(paragraph, STFldCharType.END);
        Typesetter.run(paragraph, " —", Font.SONGTI, PAGE_NUMBER);
    }

    private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
        XWPFRun run = Typesetter.run(paragraph, "", Font.SONGTI, PAGE_NUMBER);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
