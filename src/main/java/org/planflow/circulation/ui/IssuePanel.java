package org.planflow.circulation.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.DocumentType;
import org.planflow.circulation.IssuanceService;
import org.planflow.circulation.IssueForm;
import org.planflow.circulation.NoticeDraft;
import org.planflow.circulation.RecipientGroupCount;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.Plan;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/**
 * The clerk's issuance: document type and number prefix, issue date, 印发 or 转发, recipients as
 * groups (with their counts) and single units, the acknowledgement deadline, the recipients that must file their
 * own plan (配套方案: all of them or the units chosen) and by when, and the covering
 * notice prefilled from the template until the clerk edits it. Sending asks once more, naming the count.
 */
class IssuePanel extends VerticalLayout {

    static final String ERRORS = "circulation.error";

    private final transient IssuanceService issuances;
    private final transient Plan plan;
    private final Select<DocumentType> type = new Select<>();
    private final DatePicker issueDate = new DatePicker();
    private final RadioButtonGroup<IssueForm> form = new RadioButtonGroup<>();
    private final CheckboxGroup<RecipientGroupCount> groups = new CheckboxGroup<>();
    private final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>();
    private final Span recipientCount = new Span();
    private final IntegerField ackDays = new IntegerField();
    private final ComboBox<OrgUnit> office = new ComboBox<>();
    private final Checkbox subPlansFromAll = new Checkbox();
    private final MultiSelectComboBox<OrgUnit> subPlanUnits = new MultiSelectComboBox<>();
    private final IntegerField subPlanDays = new IntegerField();
    private final TextField addressees = new TextField();
    private final TextArea noticeText = new TextArea();
    private final Span noticeTitle = new Span();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final IssueSchedulePart schedule;
    private boolean noticeEdited;

    IssuePanel(IssuanceService issuances, Plan plan, UnitSearch district, boolean departmentPlan, int defaultAckDays,
               LocalDate today, Consumer<Map<String, Object>> issue) {
        this.issuances = issuances;
        this.plan = plan;
        setPadding(false);
        add(new H3(getTranslation("issue.title")));

        type.setId("issue-prefix");
        type.setLabel(getTranslation("issue.prefix"));
        type.setItems(issuances.documentTypes());
        type.setItemLabelGenerator(documentType -> documentType.prefix() + " · " + documentType.name());
        type.setValue(issuances.documentTypes().get(0));
        type.setWidthFull();
        issueDate.setId("issue-date");
        issueDate.setLabel(getTranslation("issue.date"));
        issueDate.setValue(today);
        form.setId("issue-form");
        form.setLabel(getTranslation("issue.form"));
        form.setItems(IssueForm.values());
        form.setItemLabelGenerator(value -> getTranslation("issue.form." + value.name()));
        form.setValue(departmentPlan ? IssueForm.FORWARD : IssueForm.ISSUE);

        groups.setId("issue-groups");
        groups.setLabel(getTranslation("issue.groups"));
        groups.setItems(issuances.recipientGroups());
        groups.setItemLabelGenerator(group -> getTranslation("issue.group." + group.group().name(), group.count()));
        units.setId("issue-units");
        units.setLabel(getTranslation("issue.units"));
        units.setItems(district::matches, district.units());
        units.setItemLabelGenerator(OrgUnit::name);
        units.setWidthFull();
        recipientCount.setId("issue-recipient-count");

        ackDays.setId("issue-ack-days");
        ackDays.setLabel(getTranslation("issue.ackDays"));
        ackDays.setHelperText(getTranslation("issue.ackDays.help"));
        ackDays.setMin(1);
        ackDays.setMax(IssuanceService.MAX_ACK_WORKING_DAYS);
        ackDays.setStepButtonsVisible(true);
        ackDays.setValue(defaultAckDays);

        office.setId("issue-office");
        office.setLabel(getTranslation("issue.office"));
        office.setHelperText(getTranslation("issue.office.help"));
        office.setItems(district::matches, district.units());
        office.setItemLabelGenerator(OrgUnit::name);
        office.setClearButtonVisible(true);
        office.setWidthFull();
        if (plan.office() != null) {
            district.units().stream().filter(unit -> unit.code().equals(plan.office().code())).findFirst().ifPresent(office::setValue);
        }
        subPlansFromAll.setId("issue-sub-plans-all");
        subPlansFromAll.setLabel(getTranslation("issue.subPlans.all"));
        subPlanUnits.setId("issue-sub-plan-units");
        subPlanUnits.setLabel(getTranslation("issue.subPlans.units"));
        subPlanUnits.setHelperText(getTranslation("issue.subPlans.help"));
        subPlanUnits.setItems(district::matches, district.units());
        subPlanUnits.setItemLabelGenerator(OrgUnit::name);
        subPlanUnits.setWidthFull();
        subPlansFromAll.addValueChangeListener(change -> subPlanUnits.setEnabled(!change.getValue()));
        subPlanDays.setId("issue-sub-plan-days");
        subPlanDays.setLabel(getTranslation("issue.subPlans.days"));
        subPlanDays.setMin(1);
        subPlanDays.setMax(IssuanceService.MAX_SUB_PLAN_WORKING_DAYS);
        subPlanDays.setStepButtonsVisible(true);
        subPlanDays.setValue(IssuanceService.DEFAULT_SUB_PLAN_WORKING_DAYS);

        noticeTitle.setId("issue-notice-title");
        addressees.setId("issue-addressees");
        addressees.setLabel(getTranslation("issue.addressees"));
        addressees.setWidthFull();
        noticeText.setId("issue-notice-text");
        noticeText.setLabel(getTranslation("issue.noticeText"));
        noticeText.setWidthFull();
        noticeText.setMinHeight("8em");
        addressees.addValueChangeListener(change -> noticeEdited |= change.isFromClient());
        noticeText.addValueChangeListener(change -> noticeEdited |= change.isFromClient());

        type.addValueChangeListener(change -> refreshNotice());
        form.addValueChangeListener(change -> refreshNotice());
        groups.addValueChangeListener(change -> recipientsChanged());
        units.addValueChangeListener(change -> recipientsChanged());
        fields.putAll(Map.of(CirculationFields.PREFIX, type, CirculationFields.ISSUE_DATE, issueDate, CirculationFields.FORM, form,
                CirculationFields.RECIPIENTS, units, CirculationFields.ACK_WORKING_DAYS, ackDays,
                CirculationFields.ADDRESSEES, addressees, CirculationFields.NOTICE_TEXT, noticeText, CirculationFields.OFFICE, office,
                CirculationFields.SUB_PLAN_UNITS, subPlanUnits, CirculationFields.SUB_PLAN_WORKING_DAYS, subPlanDays));

        schedule = new IssueSchedulePart(plan, today, fields);
        issueDate.addValueChangeListener(change -> schedule.issueDate(change.getValue()));

        Button send = new Button(getTranslation("issue.send"), click -> confirm(issue));
        send.setId("issue-plan");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(type, issueDate, form, groups, units, recipientCount, ackDays, office, subPlansFromAll, subPlanUnits, subPlanDays,
                new Span(getTranslation("issue.schedule")), schedule,
                new Span(getTranslation("issue.noticeTitle")),
                noticeTitle, addressees, noticeText, send);
        recipientsChanged();
    }

    private void recipientsChanged() {
        long count = count();
        recipientCount.setText(getTranslation("issue.recipientCount", count));
        refreshNotice();
    }

    /** Distinct units the chosen groups and single units stand for. */
    private long count() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        groups.getValue().forEach(group -> group.units().forEach(unit -> codes.add(unit.code())));
        units.getValue().forEach(unit -> codes.add(unit.code()));
        return codes.size();
    }

    private List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        groups.getValue().forEach(group -> recipients.add(group.group().name()));
        units.getValue().forEach(unit -> recipients.add(unit.code()));
        return recipients;
    }

    private void refreshNotice() {
        if (type.getValue() == null || form.getValue() == null) {
            return;
        }
        NoticeDraft draft = issuances.noticeDraft(plan.id(), form.getValue().label(), recipients(), type.getValue().prefix());
        noticeTitle.setText(draft.title());
        if (!noticeEdited) {
            addressees.setValue(draft.addressees());
            noticeText.setValue(draft.text());
        }
    }

    private void confirm(Consumer<Map<String, Object>> issue) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("issue-confirm");
        dialog.setHeader(getTranslation("issue.confirm.title"));
        dialog.setText(getTranslation("issue.confirm.text", count(), type.getValue() == null ? "" : type.getValue().prefix()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("issue.send"));
        dialog.addConfirmListener(event -> send(issue));
        dialog.open();
    }

    private void send(Consumer<Map<String, Object>> issue) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(TaskKinds.VAR_OUTCOME, Outcome.ISSUE.value());
        values.put(CirculationFields.PREFIX, type.getValue() == null ? null : type.getValue().prefix());
        values.put(CirculationFields.FORM, form.getValue() == null ? null : form.getValue().label());
        values.put(CirculationFields.RECIPIENTS, recipients());
        values.put(CirculationFields.ACK_WORKING_DAYS, ackDays.getValue());
        values.put(CirculationFields.ISSUE_DATE, issueDate.getValue() == null ? null : issueDate.getValue().toString());
        values.put(CirculationFields.ADDRESSEES, addressees.getValue());
        values.put(CirculationFields.NOTICE_TEXT, noticeText.getValue());
        values.put(CirculationFields.OFFICE, office.getValue() == null ? "" : office.getValue().code());
        List<String> subPlans = subPlansFromAll.getValue() ? recipients() : subPlanUnits.getValue().stream().map(OrgUnit::code).toList();
        values.put(CirculationFields.SUB_PLAN_UNITS, subPlans);
        values.put(CirculationFields.SUB_PLAN_WORKING_DAYS, subPlans.isEmpty() ? null : subPlanDays.getValue());
        values.putAll(schedule.values());
        Feedback.attempt(this, ERRORS, fields, () -> issue.accept(values));
    }
}
