package org.planflow.shared.document;

import static org.planflow.shared.document.Typesetter.BODY;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Attachments after the main text (GB/T 9704 §8): each on a new page, "附件N" top left, its title on line three. */
final class AttachmentPages {

    private AttachmentPages() {
    }

    static void write(XWPFDocument document, List<Attachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            XWPFParagraph label = Typesetter.onGrid(document.createParagraph(), ParagraphAlignment.LEFT);
            label.setPageBreak(true);
            // A lone attachment is just "附件", as in the note under the body.
            Typesetter.run(label, attachments.size() > 1 ? "附件" + (i + 1) : "附件", Font.HEITI, BODY);
            MainText.title(document.createParagraph(), attachment.title(), Typesetter.LINE);
            attachment.sections().forEach(section -> section(document, section));
            if (attachment.table() != null) {
                TableWriter.write(document, attachment.table());
            }
        }
    }

    private static void section(XWPFDocument document, Section section) {
        List<String> body = Typesetter.paragraphs(section.body());
        String heading = (nullToEmpty(section.outline()) + nullToEmpty(section.heading())).strip();
        int first = 0;
        if (section.level() > 0 && !heading.isEmpty()) {
            XWPFParagraph paragraph = Typesetter.bodyParagraph(document.createParagraph());
            Typesetter.run(paragraph, heading, headingFont(section.level()), BODY);
            if (section.level() > 1 && heading.endsWith("。") && !body.isEmpty()) {
                Typesetter.run(paragraph, body.get(0), Font.FANGSONG, BODY);
                first = 1;
            }
        }
        for (String text : body.subList(first, body.size())) {
            Typesetter.run(Typesetter.bodyParagraph(document.createParagraph()), text, Font.FANGSONG, BODY);
        }
    }

    /** §7.3.3: the first level in 黑体, the second in 楷体, the third in 仿宋. */
    private static Font headingFont(int level) {
        return switch (level) {
            case 1 -> Font.HEITI;
            case 2 -> Font.KAITI;
            default -> Font.FANGSONG;
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
