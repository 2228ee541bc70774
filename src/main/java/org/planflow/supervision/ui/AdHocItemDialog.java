package org.planflow.supervision.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAccount;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.AdHocItem;
import org.planflow.shared.Cadence;
import org.planflow.shared.ui.CadenceFields;
import org.planflow.supervision.ItemSource;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.ItemAssignmentService;
import org.planflow.supervision.SupervisionFields;

/** 立项: the supervision office opens an item from a leader's instruction or a meeting decision. */
class AdHocItemDialog extends Dialog {

    private final TextField title = new TextField();
    private final Select<ItemSource> source = new Select<>();
    private final TextArea sourceText = new TextArea();
    private final ComboBox<OrgUnit> leadUnit = new ComboBox<>();
    private final MultiSelectComboBox<OrgUnit> coopUnits = new MultiSelectComboBox<>();
    private final DatePicker dueDate = new DatePicker();
    private final Select<Cadence> cadence = CadenceFields.select("adhoc-cadence", getTranslation("supervision.field.cadence"),
            null);
    private final ComboBox<UserAccount> leader = new ComboBox<>();

    AdHocItemDialog(ItemAssignmentService items, UnitSearch district, List<UserAccount> leaders) {
        this(district, leaders, items::createAdHoc);
    }

    /** 立项 from a joint meeting's decision: its text is the title, the source is the meeting. */
    static AdHocItemDialog fromDecision(String decision, UnitSearch district, List<UserAccount> leaders,
                                        Function<AdHocItem, SupervisedItem> creator) {
        AdHocItemDialog dialog = new AdHocItemDialog(district, leaders, creator);
        dialog.title.setValue(decision);
        dialog.source.setValue(ItemSource.MEETING_DECISION);
        dialog.source.setReadOnly(true);
        dialog.sourceText.setVisible(false);
        return dialog;
    }

    private AdHocItemDialog(UnitSearch district, List<UserAccount> leaders, Function<AdHocItem, SupervisedItem> creator) {
        setId("adhoc-dialog");
        setHeaderTitle(getTranslation("supervision.adhoc.title"));
        title.setId("adhoc-title");
        title.setLabel(getTranslation("supervision.adhoc.itemTitle"));
        source.setId("adhoc-source");
        source.setLabel(getTranslation("supervision.adhoc.source"));
        source.setItems(ItemSource.LEADER_INSTRUCTION, ItemSource.MEETING_DECISION);
        source.setItemLabelGenerator(value -> getTranslation("supervision.source." + value.name()));
        source.setValue(ItemSource.LEADER_INSTRUCTION);
        sourceText.setId("adhoc-source-text");
        sourceText.setLabel(getTranslation("supervision.adhoc.sourceText"));
        leadUnit.setId("adhoc-lead-unit");
        leadUnit.setLabel(getTranslation("supervision.field.leadUnit"));
        leadUnit.setItems(district::matches, district.units());
        leadUnit.setItemLabelGenerator(OrgUnit::name);
        coopUnits.setId("adhoc-coop-units");
        coopUnits.setLabel(getTranslation("supervision.field.coopUnits"));
        coopUnits.setItems(district::matches, district.units());
        coopUnits.setItemLabelGenerator(OrgUnit::name);
        dueDate.setId("adhoc-due");
        dueDate.setLabel(getTranslation("supervision.field.due"));
        cadence.setValue(Cadence.QUARTERLY);
        leader.setId("adhoc-leader");
        leader.setLabel(getTranslation("supervision.field.leader"));
        leader.setItems(leaders);
        leader.setItemLabelGenerator(UserAccount::displayName);
        leader.setClearButtonVisible(true);
        FormLayout form = new FormLayout(title, source, sourceText, leadUnit, coopUnits, dueDate, cadence, leader);
        form.setColspan(title, 2);
        form.setColspan(sourceText, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of(SupervisionFields.TITLE, title, SupervisionFields.SOURCE, source,
                SupervisionFields.SOURCE_TEXT, sourceText, SupervisionFields.LEAD_UNIT, leadUnit,
                SupervisionFields.COOP_UNITS, coopUnits, SupervisionFields.DUE_DATE, dueDate, SupervisionFields.CADENCE, cadence,
                SupervisionFields.LEADER, leader);
        Button create = new Button(getTranslation("supervision.adhoc.create"), click -> {
            SupervisedItem[] created = new SupervisedItem[1];
            if (Feedback.attempt(this, SupervisionNotices.ERRORS, fields, () -> created[0] = creator.apply(request()))) {
                close();
                getUI().ifPresent(ui -> ui.navigate("supervision/items/" + created[0].id()));
            }
        });
        create.setId("adhoc-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
    }

    private AdHocItem request() {
        return new AdHocItem(title.getValue(), source.getValue() == null ? null : source.getValue().name(), sourceText.getValue(),
                leadUnit.getValue() == null ? null : leadUnit.getValue().code(),
                coopUnits.getValue().stream().map(OrgUnit::code).toList(), dueDate.getValue(),
                cadence.getValue() == null ? null : cadence.getValue().name(),
                leader.getValue() == null ? null : leader.getValue().username());
    }
}
