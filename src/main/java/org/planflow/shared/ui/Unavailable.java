package org.planflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a page shows instead of a thing that does not exist or that the reader may not know exists: the same
 * heading and words in both cases, so the page reveals nothing, and a way back.
 */
public class Unavailable extends VerticalLayout {

    public static final String ID = "unavailable";
    public static final String MESSAGE_ID = "unavailable-message";

    public Unavailable(String heading, String message, Component back) {
        setId(ID);
        setPadding(false);
        Paragraph text = new Paragraph(message);
        text.setId(MESSAGE_ID);
        add(new H2(heading), text);
        if (back != null) {
            add(back);
        }
    }
}
