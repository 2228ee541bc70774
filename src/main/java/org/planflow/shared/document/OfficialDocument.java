package org.planflow.shared.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One official document (公文) laid out by {@link OfficialDocuments} after GB/T 9704-2012: the 版头 (issuer mark and
 * number above a red rule), the 主体 (title, addressees, body, signature and date), the attachments, each on new pages,
 * and the 版记 (copy-to and printing line between black rules) on the last page, where the standard puts it.
 *
 * <p>Only {@code addressees} and {@code copyTo} may be null. Body text separates paragraphs with '\n'; a '\n' in the
 * title breaks the title line there. The attachment note under the body ("附件：…") is written from the attachments,
 * so the body should not repeat it.
 */
public record OfficialDocument(
        String issuerMark,
        String docNumber,
        String title,
        String addressees,
        String body,
        String signature,
        LocalDate date,
        String copyTo,
        String printedBy,
        LocalDate printedOn,
        List<Attachment> attachments) {

    public OfficialDocument {
        Objects.requireNonNull(issuerMark, "issuerMark");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(printedBy, "printedBy");
        Objects.requireNonNull(printedOn, "printedOn");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
