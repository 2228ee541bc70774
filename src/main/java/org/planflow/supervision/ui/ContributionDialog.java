package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/** 报送协办情况: a cooperating unit's part of this period's report, which the lead unit sees when it reports. */
class ContributionDialog extends Dialog {

    ContributionDialog(SupervisedItem item, ItemProgressService progress, Runnable changed) {
        setHeaderTitle(getTranslation("supervision.contribution.add"));
        setWidth("36em");
        TextArea text = new TextArea(getTranslation("supervision.contribution.text"));
        text.setId("contribution-text");
        text.setHelperText(getTranslation("supervision.contribution.help", ItemsGrid.unit(item.leadUnit())));
        text.setMaxLength(ItemProgressService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("8em");
        Button send = new Button(getTranslation("supervision.contribution.send"), click -> {
            if (Feedback.attempt(this, SupervisionNotices.ERRORS, Map.of(SupervisionFields.TEXT, text),
                    () -> progress.contribute(item.id(), text.getValue()))) {
                close();
                Feedback.success(getTranslation("supervision.contribution.sent"));
                changed.run();
            }
        });
        send.setId("contribution-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }
}
