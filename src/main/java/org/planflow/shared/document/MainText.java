package org.planflow.shared.document;

import static org.planflow.shared.document.Typesetter.BODY;
import static org.planflow.shared.document.Typesetter.LINE;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The 版头 (issuer mark, number, red rule) and the 主体 (title to date) of GB/T 9704 §7.2–7.3. */
final class MainText {

    /** The mark's top edge sits 35 mm below the text block's, leaving room for 份号, 密级 and 紧急程度. */
    private static final int ABOVE_MARK = 1984;
    private static final double LARGEST_MARK = 36;
    private static final double SMALLEST_MARK = 22;
    private static final double TEXT_WIDTH_POINTS = PageSetup.TEXT_WIDTH / 20.0;

    private MainText() {
    }

    static void write(XWPFDocument document, OfficialDocument official) {
        masthead(document, official.issuerMark(), official.docNumber());
        title(document.createParagraph(), official.title(), 2 * LINE);
        if (official.addressees() != null && !official.addressees().isBlank()) {
            XWPFParagraph addressees = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.BOTH);
            Typesetter.run(addressees, official.addressees().strip(), Font.FANGSONG, BODY);
        }
        XWPFParagraph last = null;
        for (String text : Typesetter.paragraphs(official.body())) {
            last = Typesetter.bodyParagraph(document.createParagraph());
            Typesetter.run(last, text, Font.FANGSONG, BODY);
        }
        if (last != null) {
            // §7.3.5: the signature and date never stand on a page without text.
            last.setKeepNext(true);
        }
        attachmentNote(document, official.attachments());
        signature(document, official.signature(), ChineseDates.format(official.date()));
    }

    /** A centred 2号 小标宋 title with a blank line under it; '\n' breaks it where the caller wants. */
    static void title(XWPFParagraph paragraph, String title, int spaceBefore) {
        Typesetter.offGrid(paragraph, ParagraphAlignment.CENTER);
        Typesetter.spaceBefore(paragraph, spaceBefore);
        Typesetter.spaceAfter(paragraph, LINE);
        Typesetter.run(paragraph, title.strip(), Font.XIAOBIAOSONG, Typesetter.TITLE);
    }

    private static void masthead(XWPFDocument document, String issuerMark, String docNumber) {
        XWPFParagraph mark = Typesetter.singleSpaced(Typesetter.offGrid(document.createParagraph(), ParagraphAlignment.CENTER));
        Typesetter.spaceBefore(mark, ABOVE_MARK);
        // As large as fits one line of the text block; several issuers may stack on lines of their own.
        String text = issuerMark.strip();
        double width = text.lines().mapToDouble(Typesetter::width).max().orElse(1);
        double size = Math.max(SMALLEST_MARK, Math.min(LARGEST_MARK, Math.floor(TEXT_WIDTH_POINTS / width)));
        Typesetter.run(mark, text, Font.XIAOBIAOSONG, size, false, Typesetter.RED);
        // The number two lines under the mark, then the red rule 4 mm under the number, as wide as the text block.
        XWPFParagraph number = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.CENTER);
        Typesetter.spaceBefore(number, 2 * LINE);
        Typesetter.run(number, docNumber.strip(), Font.FANGSONG, BODY);
        Typesetter.ruleBelow(number, Typesetter.RED, 12, 8);
    }

    /** "附件：…" a line under the body, numbered when there are several, wrapped lines aligned under the names. */
    private static void attachmentNote(XWPFDocument document, List<Attachment> attachments) {
        boolean numbered = attachments.size() > 1;
        for (int i = 0; i < attachments.size(); i++) {
            String prefix = i == 0 ? "附件：" : "";
            String number = numbered ? (i + 1) + "." : "";
            String name = attachments.get(i).title().replace("\n", "").strip();
            XWPFParagraph note = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.BOTH);
            note.setKeepNext(true);
            if (i == 0) {
                Typesetter.spaceBefore(note, LINE);
            }
            int hanging = (int) Math.round(100 * Typesetter.width(prefix + number));
            int nameColumn = 200 + (int) Math.round(100 * Typesetter.width("附件：" + number));
            Typesetter.indent(note, BODY, nameColumn, 0, -hanging);
            Typesetter.run(note, prefix + number + name, Font.FANGSONG, BODY);
        }
    }

    /**
     * Signature and date right-aligned a line under the text (§7.3.5.2): the longer of the two keeps two characters
     * to the right margin, and the date starts two characters right of the signature's start.
     */
    private static void signature(XWPFDocument document, String signature, String date) {
        double signatureWidth = Typesetter.width(signature.strip());
        double dateWidth = Typesetter.width(date);
        double signatureRight = 2;
        double dateRight = signatureRight + signatureWidth - dateWidth - 2;
        if (dateRight < 2) {
            dateRight = 2;
            signatureRight = dateRight + dateWidth + 2 - signatureWidth;
        }
        XWPFParagraph signed = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.RIGHT);
        Typesetter.spaceBefore(signed, LINE);
        signed.setKeepNext(true);
        Typesetter.indent(signed, BODY, 0, (int) Math.round(100 * signatureRight), 0);
        Typesetter.run(signed, signature.strip(), Font.FANGSONG, BODY);
        XWPFParagraph dated = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.RIGHT);
        Typesetter.indent(dated, BODY, 0, (int) Math.round(100 * dateRight), 0);
        Typesetter.run(dated, date, Font.FANGSONG, BODY);
    }
}
