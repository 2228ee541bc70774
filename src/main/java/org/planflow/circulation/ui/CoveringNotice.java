package org.planflow.circulation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.planflow.circulation.Issuance;
import org.planflow.shared.Formats;

/** The covering notice as issued: number, title, addressees, text and date, set like the paper. */
class CoveringNotice extends Div {

    CoveringNotice(Issuance issuance) {
        setId("covering-notice");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-top", "3px solid #c00000")
                .set("padding", "var(--lumo-space-m)").set("max-width", "60em").set("line-height", "1.8");
        Paragraph number = new Paragraph(issuance.docNumber());
        number.setId("notice-doc-number");
        number.getStyle().set("text-align", "center").set("margin", "0");
        H3 title = new H3(issuance.noticeTitle());
        title.getStyle().set("text-align", "center");
        Paragraph addressees = new Paragraph(issuance.addressees());
        addressees.getStyle().set("margin", "0");
        add(number, title, addressees);
        issuance.noticeText().lines().filter(line -> !line.isBlank()).forEach(line -> {
            Paragraph paragraph = new Paragraph(line.strip());
            paragraph.getStyle().set("text-indent", "2em").set("margin", "0");
            add(paragraph);
        });
        Paragraph date = new Paragraph(Formats.officialDate(issuance.issueDate()));
        date.getStyle().set("text-align", "right");
        add(date);
    }
}
