package org.planflow.supervision.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.shared.Cadence;
import org.planflow.shared.ui.CadenceFields;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemStatusService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/** 调整报送频次: the office sets how often the item reports and the days after a period's end its report is due. */
class CadenceDialog extends Dialog {

    CadenceDialog(SupervisedItem item, ItemStatusService statuses, Runnable changed) {
        setHeaderTitle(getTranslation("supervision.cadence.change"));
        setWidth("28em");
        Select<Cadence> cadence = CadenceFields.select("cadence-select", getTranslation("supervision.field.cadence"), null);
        cadence.setValue(item.cadence());
        IntegerField days = CadenceFields.reportDueDays("cadence-report-due-days",
                getTranslation("supervision.cadence.reportDueDays"), getTranslation("supervision.cadence.reportDueDays.help"));
        days.setValue(item.reportDueDays());
        Button save = new Button(getTranslation("common.save"), click -> {
            if (Feedback.attempt(this, SupervisionNotices.ERRORS,
                    Map.of(SupervisionFields.CADENCE, cadence, SupervisionFields.REPORT_DUE_DAYS, days),
                    () -> statuses.changeCadence(item.id(), cadence.getValue() == null ? null : cadence.getValue().name(),
                            days.getValue()))) {
                close();
                changed.run();
            }
        });
        save.setId("cadence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(cadence, days);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
