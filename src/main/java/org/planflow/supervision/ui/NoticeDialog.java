package org.planflow.supervision.ui;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;
import org.planflow.supervision.SupervisionNotice;

/** 发出督办单: the office's formal notice, numbered on sending; the lead unit's head answers it within the working days. */
class NoticeDialog extends Dialog {

    static final int DEFAULT_ANSWER_WORKING_DAYS = 3;

    NoticeDialog(SupervisedItem item, ItemProgressService progress, Runnable changed) {
        setHeaderTitle(getTranslation("supervision.notice.issue"));
        setWidth("36em");
        TextArea text = new TextArea(getTranslation("supervision.notice.text"));
        text.setId("notice-text");
        text.setMaxLength(ItemProgressService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValue(getTranslation("supervision.notice.default", ItemsGrid.unit(item.leadUnit()), item.indicator()));
        IntegerField days = new IntegerField(getTranslation("supervision.notice.days"));
        days.setId("notice-days");
        days.setHelperText(getTranslation("supervision.notice.days.help"));
        days.setMin(1);
        days.setMax(ItemProgressService.MAX_ANSWER_WORKING_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_ANSWER_WORKING_DAYS);
        Button send = new Button(getTranslation("supervision.notice.send"), click -> {
            AtomicReference<SupervisionNotice> issued = new AtomicReference<>();
            if (Feedback.attempt(this, SupervisionNotices.ERRORS,
                    Map.of(SupervisionFields.TEXT, text, SupervisionFields.ANSWER_WORKING_DAYS, days),
                    () -> issued.set(progress.issueNotice(item.id(), text.getValue(), days.getValue())))) {
                close();
                Feedback.success(getTranslation("supervision.notice.sent", issued.get().number()));
                changed.run();
            }
        });
        send.setId("notice-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(text, days);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }
}
