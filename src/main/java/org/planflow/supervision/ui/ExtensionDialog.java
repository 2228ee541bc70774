package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/** 申请延期: the lead unit names a later due date and why; the supervision office decides in its task. */
class ExtensionDialog extends Dialog {

    ExtensionDialog(SupervisedItem item, ItemProgressService progress, Runnable changed) {
        setHeaderTitle(getTranslation("supervision.extension.request"));
        setWidth("32em");
        DatePicker due = new DatePicker(getTranslation("supervision.extension.newDue"));
        due.setId("extension-due");
        due.setHelperText(getTranslation("supervision.extension.newDue.help", item.dueDate()));
        due.setMin(item.dueDate().plusDays(1));
        TextArea reason = new TextArea(getTranslation("supervision.extension.reason"));
        reason.setId("extension-reason");
        reason.setMaxLength(ItemProgressService.MAX_TEXT);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        Button send = new Button(getTranslation("supervision.extension.send"), click -> {
            if (Feedback.attempt(this, SupervisionNotices.ERRORS,
                    Map.of(SupervisionFields.DUE_DATE, due, SupervisionFields.REASON, reason),
                    () -> progress.requestExtension(item.id(), due.getValue(), reason.getValue()))) {
                close();
                Feedback.success(getTranslation("supervision.extension.sent"));
                changed.run();
            }
        });
        send.setId("extension-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(due, reason);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }
}
