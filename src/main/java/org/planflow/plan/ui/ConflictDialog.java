package org.planflow.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.planflow.plan.Plan;

/**
 * Someone else saved, or the plan moved on: says which, and lets the drafter keep their edits on
 * screen or reload the plan as it is now.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(Plan current, int startedFrom, Runnable reload) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("plan.editor.conflict.title"));
        Paragraph text = new Paragraph(current.status().editable()
                ? getTranslation("plan.editor.conflict.revision", current.revision(), startedFrom)
                : getTranslation("plan.editor.conflict.status", getTranslation("plan.status." + current.status().name())));
        text.setId("conflict-message");
        text.setMaxWidth("32em");
        add(text);
        Button keep = new Button(getTranslation("plan.editor.conflict.keep"), click -> close());
        keep.setId("conflict-keep");
        Button reloadButton = new Button(getTranslation("plan.editor.conflict.reload"), click -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        getFooter().add(keep, reloadButton);
    }
}
