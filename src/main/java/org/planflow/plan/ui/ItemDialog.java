package org.planflow.plan.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.LeadGroup;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.shared.Cadence;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.CadenceFields;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.TargetList;

/**
 * One row of the breakdown table in the editor. Units are picked from the district's list; a unit an
 * import could not match keeps its written name until the drafter picks the real unit (lead) or
 * removes the name (cooperating units), so nothing from the document is lost silently. A group of units (各乡镇) may
 * lead instead of one unit. Its milestones and targets are parts of their own; the row is checked by the service as
 * saving would check it before it joins the table, so a refusal stands beside its field while the dialog keeps the input.
 */
class ItemDialog extends Dialog {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1000);
    /** The row's own part of a refused field's name: items[2].targets[0].value → targets[0].value. */
    private static final Pattern ROW_PREFIX = Pattern.compile("^" + PlanFields.ITEMS + "\\[\\d+]\\.?");

    private final List<OrgUnit> units;
    private final SerializableConsumer<BreakdownItem> check;
    private final SerializableConsumer<BreakdownItem> onApply;
    private final UnitRef unmatchedLead;
    private final List<UnitRef> originalCoop;
    private final TextField category = new TextField();
    private final TextArea indicator = new TextArea();
    private final BigDecimalField score = new BigDecimalField();
    private final TextArea scoringMethod = new TextArea();
    private final ComboBox<OrgUnit> leadUnit = new ComboBox<>();
    private final ComboBox<LeadGroup> leadGroup = new ComboBox<>();
    private final MultiSelectComboBox<OrgUnit> coopUnits = new MultiSelectComboBox<>();
    private final UnmatchedCoopUnits unmatchedCoop;
    private final DatePicker dueDate = new DatePicker();
    private final Select<Cadence> cadence = CadenceFields.select("item-cadence", getTranslation("plan.item.cadence"),
            getTranslation("plan.item.cadence.default"));
    private final MilestonesPart milestones;
    private final TargetList targets;

    /** {@code item} null: a new row; {@code check} refuses a row as saving would (an {@link InvalidInputException}). */
    ItemDialog(BreakdownItem item, UnitSearch district, SerializableConsumer<BreakdownItem> check,
               SerializableConsumer<BreakdownItem> onApply) {
        this.units = district.units();
        this.check = check;
        this.onApply = onApply;
        BreakdownItem start = item == null ? new BreakdownItem(0, null, "", null, null, null, List.of(), null) : item;
        this.milestones = new MilestonesPart(start.milestones());
        this.targets = new TargetList(PlanFields.TARGETS, start.targets(), PlanService.MAX_TARGET_NAME);
        this.unmatchedLead = start.leadUnit() != null && !start.leadUnit().matched() ? start.leadUnit() : null;
        this.originalCoop = start.coopUnits();
        this.unmatchedCoop = new UnmatchedCoopUnits(start.coopUnits());
        setId("item-dialog");
        setHeaderTitle(getTranslation(item == null ? "plan.item.add" : "plan.item.edit"));
        setWidth("min(52rem, 95vw)");

        category.setId("item-category");
        category.setLabel(getTranslation("plan.item.category"));
        category.setMaxLength(PlanService.MAX_CATEGORY);
        category.setValue(Objects.toString(start.category(), ""));
        indicator.setId("item-indicator");
        indicator.setLabel(getTranslation("plan.item.indicator"));
        indicator.setRequiredIndicatorVisible(true);
        indicator.setManualValidation(true);
        indicator.setValue(Objects.toString(start.indicator(), ""));
        indicator.addValueChangeListener(event -> indicator.setInvalid(false));
        score.setId("item-score");
        score.setLabel(getTranslation("plan.item.score"));
        // Stored with two decimals; shown as written (10, 2.5) so the drafter sees the table's own numbers.
        score.setValue(start.score() == null ? null : new BigDecimal(Scores.format(start.score())));
        score.addValueChangeListener(event -> score.setInvalid(false));
        scoringMethod.setId("item-scoring-method");
        scoringMethod.setLabel(getTranslation("plan.item.scoringMethod"));
        scoringMethod.setValue(Objects.toString(start.scoringMethod(), ""));

        leadUnit.setId("item-lead-unit");
        leadUnit.setLabel(getTranslation("plan.item.leadUnit"));
        leadUnit.setItems(district::matches, units);
        leadUnit.setItemLabelGenerator(OrgUnit::name);
        leadUnit.setClearButtonVisible(true);
        find(start.leadUnit()).ifPresent(leadUnit::setValue);
        if (unmatchedLead != null) {
            leadUnit.setHelperText(getTranslation("plan.item.unmatched.lead", unmatchedLead.name()));
        }
        // A group leads instead of one unit: each of its units gets the task at issuance.
        leadGroup.setId("item-lead-group");
        leadGroup.setLabel(getTranslation("plan.item.leadGroup"));
        leadGroup.setHelperText(getTranslation("plan.item.leadGroup.help"));
        leadGroup.setItems(LeadGroup.values());
        leadGroup.setItemLabelGenerator(group -> getTranslation("plan.leadGroup." + group.name()));
        leadGroup.setClearButtonVisible(true);
        leadGroup.setValue(start.leadGroup());
        leadUnit.setEnabled(start.leadGroup() == null);
        leadGroup.addValueChangeListener(event -> {
            leadUnit.setEnabled(event.getValue() == null);
            if (event.getValue() != null) {
                leadUnit.clear();
            }
        });

        coopUnits.setId("item-coop-units");
        coopUnits.setLabel(getTranslation("plan.item.coopUnits"));
        coopUnits.setItems(district::matches, units);
        coopUnits.setItemLabelGenerator(OrgUnit::name);
        coopUnits.setClearButtonVisible(true);
        coopUnits.setValue(start.coopUnits().stream().map(this::find).flatMap(Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new)));

        dueDate.setId("item-due-date");
        dueDate.setLabel(getTranslation("plan.item.dueDate"));
        dueDate.setValue(start.dueDate());
        dueDate.setClearButtonVisible(true);
        cadence.setValue(start.cadence());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(category, score);
        form.add(indicator, 2);
        form.add(scoringMethod, 2);
        form.add(leadUnit, leadGroup);
        form.add(dueDate, cadence);
        form.add(coopUnits, 2);
        form.add(unmatchedCoop, 2);
        form.add(milestones, 2);
        form.add(targets, 2);
        add(form);

        Button apply = new Button(getTranslation("plan.item.apply"), click -> apply());
        apply.setId("item-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("item-cancel");
        getFooter().add(cancel, apply);
    }

    private Optional<OrgUnit> find(UnitRef unit) {
        if (unit == null || !unit.matched()) {
            return Optional.empty();
        }
        return units.stream().filter(candidate -> candidate.code().equals(unit.code())).findFirst();
    }

    private void apply() {
        boolean valid = true;
        if (indicator.getValue().isBlank()) {
            indicator.setErrorMessage(getTranslation("plan.error.item.indicator"));
            indicator.setInvalid(true);
            valid = false;
        }
        BigDecimal points = score.getValue();
        if (score.isInvalid() || points != null && (points.signum() < 0 || points.compareTo(MAX_SCORE) > 0)) {
            score.setErrorMessage(getTranslation("plan.error.item.score"));
            score.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        UnitRef lead = leadGroup.getValue() != null ? null : leadUnit.getValue() == null ? unmatchedLead : ref(leadUnit.getValue());
        BreakdownItem item = new BreakdownItem(0, blankToNull(category.getValue()), indicator.getValue().strip(), points,
                blankToNull(scoringMethod.getValue()), lead, coop(), dueDate.getValue(), leadGroup.getValue(), milestones.values(),
                cadence.getValue(), targets.values());
        milestones.clearErrors();
        targets.clearErrors();
        try {
            check.accept(item);
        } catch (InvalidInputException e) {
            showInvalid(e);
            return;
        }
        onApply.accept(item);
        close();
    }

    /**
     * A milestone or target refusal beside its field; the other fields cannot be refused here (checked above, picked
     * from lists or capped in length), so anything else is a notification.
     */
    private void showInvalid(InvalidInputException e) {
        String message = Feedback.words(this, e);
        String field = e.field() == null ? "" : ROW_PREFIX.matcher(e.field()).replaceFirst("");
        if (!milestones.showError(field, message) && !targets.showError(field, message)) {
            Feedback.error(message);
        }
    }

    /** The units as the document listed them, then newly picked ones in the district's order, then unresolved names. */
    private List<UnitRef> coop() {
        Set<OrgUnit> picked = coopUnits.getValue();
        List<UnitRef> result = new ArrayList<>();
        originalCoop.stream().map(this::find).flatMap(Optional::stream).filter(picked::contains).map(ItemDialog::ref).forEach(result::add);
        units.stream().filter(picked::contains).map(ItemDialog::ref).filter(unit -> !result.contains(unit)).forEach(result::add);
        result.addAll(unmatchedCoop.units());
        return result;
    }

    private static UnitRef ref(OrgUnit unit) {
        return new UnitRef(unit.code(), unit.name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
