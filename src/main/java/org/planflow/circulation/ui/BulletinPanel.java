package org.planflow.circulation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.Bulletin;
import org.planflow.shared.Formats;

/** A bulletin as its readers see it: number, title, addressees, text and the .docx. */
class BulletinPanel extends VerticalLayout {

    BulletinPanel(Bulletin bulletin) {
        setPadding(false);
        setId("bulletin-panel");
        Paragraph number = new Paragraph(bulletin.docNumber() + "　" + getTranslation("bulletin.published") + " "
                + Formats.dateTime(bulletin.publishedAt())
                + (bulletin.readDue() == null ? "" : "　" + getTranslation("bulletin.readDue") + " " + Formats.dateTime(bulletin.readDue())));
        number.setId("bulletin-number");
        Div body = new Div(bulletin.addressees() + "\n" + bulletin.body() + "\n\n" + bulletin.issuer());
        body.setId("bulletin-body");
        body.getStyle().set("white-space", "pre-wrap").set("max-width", "60em");
        Anchor download = new Anchor("api/circulation/bulletins/" + bulletin.id() + "/document.docx",
                getTranslation("bulletin.download"));
        download.getElement().setAttribute("download", true);
        download.setId("bulletin-download");
        add(new H3(bulletin.title()), number, download, body);
    }
}
