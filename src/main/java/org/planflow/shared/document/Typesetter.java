package org.planflow.shared.document;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Paragraph and run primitives in the units GB/T 9704 speaks: 3号 characters on a 22-line grid. */
final class Typesetter {

    /** One line of the grid: 22 lines fill the 225 mm text block, 28.95 pt each, in twips. */
    static final int LINE = 579;
    /** One 3号 (16 pt) character in twips; indents are counted in characters. */
    static final int CHAR = 320;
    static final double BODY = 16;
    private static final int CONDENSED = -5; // twentieths of a point
    static final double TITLE = 22;
    static final String RED = "FF0000";
    static final String BLACK = "000000";

    private Typesetter() {
    }

    /** A run whose every character range names its face, so Chinese never falls back to a Latin font. */
    static XWPFRun run(XWPFParagraph paragraph, String text, Font font, double points) {
        return run(paragraph, text, font, points, false, null);
    }

    /** The properties go in the order of the schema's sequence, which strict readers insist on. */
    static XWPFRun run(XWPFParagraph paragraph, String text, Font font, double points, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font.latin, FontCharRange.ascii);
        run.setFontFamily(font.latin, FontCharRange.hAnsi);
        run.setFontFamily(font.eastAsia, FontCharRange.eastAsia);
        run.setFontFamily(font.eastAsia, FontCharRange.cs);
        CTRPr rPr = run.getCTR().getRPr();
        // Quotes, dashes and ellipses are shared with Latin; the hint keeps them full-width Chinese.
        rPr.getRFontsArray(0).setHint(STHint.EAST_ASIA);
        if (bold) {
            run.setBold(true);
        }
        if (color != null) {
            run.setColor(color);
        }
        if (points == BODY) {
            // 28 characters in 156 mm leave 15.79 pt each: 3号 text is condensed by a quarter point.
            run.setCharacterSpacing(CONDENSED);
        }
        run.setFontSize(points);
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        List<String> lines = text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i), i);
        }
        return run;
    }

    /** A paragraph on the line grid, with no space around it unless asked. */
    static XWPFParagraph onGrid(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        // No extra space between Chinese and digits: dates and signatures are placed by counting characters.
        pPr(paragraph).addNewAutoSpaceDE().setVal(false);
        pPr(paragraph).addNewAutoSpaceDN().setVal(false);
        CTSpacing spacing = spacing(paragraph);
        spacing.setLine(BigInteger.valueOf(LINE));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        return paragraph;
    }

    /**
     * A paragraph on exact lines that does not snap to the line grid, which would give text far larger than 3号
     * (the mark) two grid lines, and spread small text (tables, 版记) over whole grid lines.
     */
    static XWPFParagraph offGrid(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        onGrid(paragraph, alignment);
        pPr(paragraph).addNewSnapToGrid().setVal(false);
        return paragraph;
    }

    /** Single line spacing from the font, for text whose size is far from the 28.95 pt line. */
    static XWPFParagraph singleSpaced(XWPFParagraph paragraph) {
        spacing(paragraph).setLine(BigInteger.valueOf(240));
        spacing(paragraph).setLineRule(STLineSpacingRule.AUTO);
        return paragraph;
    }

    static void spaceBefore(XWPFParagraph paragraph, int twips) {
        spacing(paragraph).setBefore(BigInteger.valueOf(twips));
    }

    static void spaceAfter(XWPFParagraph paragraph, int twips) {
        spacing(paragraph).setAfter(BigInteger.valueOf(twips));
    }

    /**
     * Indents in hundredths of a character of {@code points}. Word reads the *Chars values, LibreOffice the twips,
     * so both are written. A negative {@code firstLine} hangs the first line.
     */
    static void indent(XWPFParagraph paragraph, double points, int left, int right, int firstLine) {
        CTInd ind = pPr(paragraph).isSetInd() ? pPr(paragraph).getInd() : pPr(paragraph).addNewInd();
        if (left != 0) {
            ind.setLeftChars(BigInteger.valueOf(left));
            ind.setLeft(twips(left, points));
        }
        if (right != 0) {
            ind.setRightChars(BigInteger.valueOf(right));
            ind.setRight(twips(right, points));
        }
        if (firstLine > 0) {
            ind.setFirstLineChars(BigInteger.valueOf(firstLine));
            ind.setFirstLine(twips(firstLine, points));
        } else if (firstLine < 0) {
            ind.setHangingChars(BigInteger.valueOf(-firstLine));
            ind.setHanging(twips(-firstLine, points));
        }
    }

    /** The usual body paragraph: justified on the grid, first line indented two characters. */
    static XWPFParagraph bodyParagraph(XWPFParagraph paragraph) {
        onGrid(paragraph, ParagraphAlignment.BOTH);
        indent(paragraph, BODY, 0, 0, 200);
        return paragraph;
    }

    /** A rule below the paragraph, {@code eighths} of a point thick, {@code gap} points under the text. */
    static void ruleBelow(XWPFParagraph paragraph, String color, int eighths, int gap) {
        CTPBdr borders = pPr(paragraph).isSetPBdr() ? pPr(paragraph).getPBdr() : pPr(paragraph).addNewPBdr();
        rule(borders.addNewBottom(), color, eighths, gap);
    }

    static void rule(CTBorder border, String color, int eighths, int gap) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighths));
        border.setSpace(BigInteger.valueOf(gap));
        border.setColor(color);
    }

    /** Text broken at '\n' into trimmed, non-empty paragraphs; pasted full-width indents are dropped. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Width in characters: CJK and full-width forms take one, Latin letters and digits half. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }

    static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }

    private static CTSpacing spacing(XWPFParagraph paragraph) {
        CTPPr pPr = pPr(paragraph);
        return pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
    }

    private static BigInteger twips(int hundredths, double points) {
        return BigInteger.valueOf(Math.round(hundredths * points * 20 / 100));
    }
}
