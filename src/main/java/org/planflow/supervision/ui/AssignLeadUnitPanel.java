package org.planflow.supervision.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.SupervisionFields;

/** 确定牵头单位: the item came without a unit the district knows; the office names it and the unit then accepts. */
class AssignLeadUnitPanel extends VerticalLayout {

    AssignLeadUnitPanel(UnitSearch district, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        ComboBox<OrgUnit> unit = new ComboBox<>(getTranslation("supervision.assign.unit"));
        unit.setId("assign-lead-unit");
        unit.setItems(district::matches, district.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidthFull();
        Button assign = new Button(getTranslation("supervision.assign.send"), click -> Feedback.attempt(this, SupervisionNotices.ERRORS,
                Map.of(SupervisionFields.LEAD_UNIT, unit), () -> complete.accept(Map.of(TaskKinds.VAR_OUTCOME,
                        Outcome.ASSIGN.value(), SupervisionFields.LEAD_UNIT, unit.getValue() == null ? "" : unit.getValue().code()))));
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("supervision.assign.title")), new Paragraph(getTranslation("supervision.assign.hint")), unit, assign);
    }
}
