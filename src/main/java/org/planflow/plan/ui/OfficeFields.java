package org.planflow.plan.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.LeadingGroup;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanFields;
import org.planflow.plan.UnitRef;

/**
 * The plan's own organisation in the editor: the unit seating its office (办公室所在单位), whose staff do its office
 * work, and the leading group (领导小组) it serves: name, leader, deputies and member units.
 */
class OfficeFields extends FormLayout {

    private static final String DEPUTY_SEPARATORS = "[、，,；;]";

    private final ComboBox<OrgUnit> office = new ComboBox<>(getTranslation("plan.field.office"));
    private final TextField groupName = new TextField(getTranslation("plan.field.leadingGroup"));
    private final TextField leader = new TextField(getTranslation("plan.field.leadingGroup.leader"));
    private final TextField deputies = new TextField(getTranslation("plan.field.leadingGroup.deputies"));
    private final MultiSelectComboBox<OrgUnit> members = new MultiSelectComboBox<>(getTranslation("plan.field.leadingGroup.units"));

    OfficeFields(Plan plan, UnitSearch district) {
        office.setId("office-unit");
        office.setItems(district::matches, district.units());
        office.setItemLabelGenerator(OrgUnit::name);
        office.setClearButtonVisible(true);
        office.setHelperText(getTranslation("plan.field.office.help"));
        office.setManualValidation(true);
        groupName.setId("leading-group-name");
        leader.setId("leading-group-leader");
        deputies.setId("leading-group-deputies");
        deputies.setPlaceholder(getTranslation("plan.field.leadingGroup.deputies.placeholder"));
        members.setId("leading-group-units");
        members.setItems(district::matches, district.units());
        members.setItemLabelGenerator(OrgUnit::name);
        members.setManualValidation(true);
        if (plan.office() != null) {
            district.units().stream().filter(unit -> unit.code().equals(plan.office().code())).findFirst().ifPresent(office::setValue);
        }
        LeadingGroup group = plan.leadingGroup();
        if (group != null) {
            groupName.setValue(Objects.toString(group.name(), ""));
            leader.setValue(Objects.toString(group.leader(), ""));
            deputies.setValue(String.join("、", group.deputies()));
            members.setValue(new LinkedHashSet<>(district.units().stream().filter(unit -> group.units().contains(unit.code())).toList()));
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
        add(office, groupName, leader, deputies);
        add(members, 4);
    }

    /** The office as the draft sends it: a unit without a code removes it. */
    UnitRef office() {
        return office.getValue() == null ? new UnitRef("", null) : new UnitRef(office.getValue().code(), office.getValue().name());
    }

    LeadingGroup leadingGroup() {
        List<String> names = Arrays.stream(deputies.getValue().split(DEPUTY_SEPARATORS)).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        return new LeadingGroup(groupName.getValue(), leader.getValue(), names,
                members.getValue().stream().map(OrgUnit::code).sorted().toList());
    }

    void clearErrors() {
        office.setInvalid(false);
        members.setInvalid(false);
        groupName.setInvalid(false);
    }

    /** Marks the refused field; false when it is none of these. */
    boolean showError(String field, String message) {
        HasValidation target = PlanFields.OFFICE.equals(field) ? office
                : field.startsWith(PlanFields.LEADING_GROUP + ".") ? members
                : PlanFields.LEADING_GROUP.equals(field) ? groupName : null;
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
