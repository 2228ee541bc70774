package org.planflow.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.TargetList;
import org.planflow.supervision.ItemStatusService;
import org.planflow.supervision.ItemTargets;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/** 调整量化指标: the office corrects an issued item's numeric targets; a refusal shows beside its field. */
class TargetsDialog extends Dialog {

    TargetsDialog(SupervisedItem item, ItemStatusService statuses, Runnable changed) {
        setId("targets-dialog");
        setHeaderTitle(getTranslation("supervision.targets.change"));
        setWidth("min(60em, 100vw)");
        Paragraph help = new Paragraph(getTranslation("supervision.targets.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        TargetList targets = new TargetList(SupervisionFields.TARGETS, item.targets(), ItemTargets.MAX_NAME);
        Button save = new Button(getTranslation("common.save"), click -> {
            targets.clearErrors();
            try {
                statuses.changeTargets(item.id(), targets.values());
            } catch (InvalidInputException e) {
                if (e.field() == null || !targets.showError(e.field(), Feedback.words(this, e))) {
                    Feedback.error(Feedback.words(this, e));
                }
                return;
            }
            close();
            changed.run();
        });
        save.setId("targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(help, targets);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
