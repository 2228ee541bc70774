package org.planflow.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes {@link OfficialDocument}s as .docx laid out after GB/T 9704-2012 《党政机关公文格式》. */
public final class OfficialDocuments {

    private OfficialDocuments() {
    }

    /** The document as .docx bytes: 版头 and 主体, the attachments on their own pages, the 版记 last. */
    public static byte[] docx(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PageSetup.apply(docx);
            MainText.write(docx, document);
            AttachmentPages.write(docx, document.attachments());
            // The standard binds attachments before the 版记, which closes the last page.
            Colophon.write(docx, document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the official document " + document.title(), e);
        }
    }
}
