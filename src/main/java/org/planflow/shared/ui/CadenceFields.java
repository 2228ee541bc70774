package org.planflow.shared.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.shared.Cadence;

/** The fields that choose how often items report and how many days after a period's end the report is due. */
public final class CadenceFields {

    private CadenceFields() {
    }

    /** A cadence select worded {@code supervision.cadence.<CADENCE>}; with a default caption, it may be left empty. */
    public static Select<Cadence> select(String id, String label, String defaultCaption) {
        Select<Cadence> cadence = new Select<>();
        cadence.setId(id);
        cadence.setLabel(label);
        cadence.setItems(Cadence.values());
        if (defaultCaption != null) {
            cadence.setEmptySelectionAllowed(true);
            cadence.setEmptySelectionCaption(defaultCaption);
        }
        cadence.setItemLabelGenerator(value -> value == null ? defaultCaption
                : cadence.getTranslation("supervision.cadence." + value.name()));
        return cadence;
    }

    /** The days after a period's end a report is due, 0 to {@link Cadence#MAX_REPORT_DUE_DAYS}. */
    public static IntegerField reportDueDays(String id, String label, String help) {
        IntegerField days = new IntegerField(label);
        days.setId(id);
        days.setMin(0);
        days.setMax(Cadence.MAX_REPORT_DUE_DAYS);
        days.setStepButtonsVisible(true);
        days.setHelperText(help);
        days.setManualValidation(true);
        return days;
    }
}
