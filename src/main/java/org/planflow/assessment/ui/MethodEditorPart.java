package org.planflow.assessment.ui;

import static org.planflow.assessment.ui.AssessmentPageTexts.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.planflow.assessment.AssessmentMethod;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.assessment.MethodColumn;
import org.planflow.assessment.MethodIndicator;
import org.planflow.organization.OrgUnit;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;

/**
 * The office's 考核办法 of a plan: its indicators in a grid to add, change and remove, the stated total (满分) with the
 * sum of the non-bonus points checked beside it as they change, saved whole; or a workbook downloaded and uploaded.
 * A refusal is shown beside the total or the grid and leaves the rows on screen as they were.
 */
class MethodEditorPart extends VerticalLayout {

    static final BigDecimal DEFAULT_TOTAL = new BigDecimal("100");

    private final long planId;
    private final transient AssessmentMethodService methods;
    private final transient List<OrgUnit> units;
    private final transient Runnable saved;
    private final List<MethodIndicator> rows = new ArrayList<>();
    private final Grid<MethodIndicator> grid = new Grid<>();
    private final BigDecimalField total = new BigDecimalField();
    private final RefusalNote rowNote = new RefusalNote();

    MethodEditorPart(long planId, AssessmentMethodService methods, List<OrgUnit> units, UploadLimit limit, Runnable saved) {
        this.planId = planId;
        this.methods = methods;
        this.units = units;
        this.saved = saved;
        setId("method-editor");
        setPadding(false);
        AssessmentMethod method = methods.method(planId).orElse(null);
        if (method != null) {
            rows.addAll(method.indicators());
        }
        H3 heading = new H3(getTranslation("assessment.method.heading"));
        Paragraph intro = new Paragraph(getTranslation(method == null ? "assessment.method.none" : "assessment.method.intro"));
        intro.setId("method-intro");

        total.setLabel(getTranslation("assessment.method.total"));
        total.setId("method-total");
        total.setValue(method == null ? DEFAULT_TOTAL : method.statedTotal());
        total.setValueChangeMode(ValueChangeMode.EAGER);
        total.addValueChangeListener(event -> check());
        Button add = new Button(getTranslation("assessment.method.add"), VaadinIcon.PLUS.create(),
                click -> new MethodIndicatorDialog(null, units, indicator -> change(rows.size(), indicator)).open());
        add.setId("method-add");
        Button save = new Button(getTranslation("assessment.method.save"), click -> save());
        save.setId("method-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(total, add, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        configureGrid();
        rowNote.setId("method-row-problem");
        add(heading, intro, bar, rowNote, grid, new MethodFilesPart(planId, methods, limit, total::getValue, saved));
        if (method != null) {
            add(new MethodRemovalPart(planId, methods, saved));
        }
        refresh();
    }

    private void configureGrid() {
        Map<String, String> names = units.stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
        grid.setId("method-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> rows.indexOf(row) + 1).setHeader(getTranslation("assessment.page.indicators.seq")).setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(MethodIndicator::category).setHeader(getTranslation("assessment.method.column.category")).setKey("category");
        grid.addColumn(MethodIndicator::name).setHeader(getTranslation("assessment.method.column.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(row -> row.points() == null ? "" : points(row.points())).setKey("points")
                .setHeader(getTranslation("assessment.method.column.points")).setWidth("5em").setFlexGrow(0);
        grid.addColumn(MethodIndicator::scoringMethod).setHeader(getTranslation("assessment.method.column.scoringMethod"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.responsibleUnits().stream().map(code -> names.getOrDefault(code, code))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("assessment.method.column.units")).setKey("units");
        grid.addColumn(row -> row.isBonus() ? getTranslation("assessment.method.yes") : "").setKey("bonus")
                .setHeader(getTranslation("assessment.method.column.bonus")).setWidth("5em").setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button edit = new Button(getTranslation("assessment.method.edit"),
                    click -> new MethodIndicatorDialog(row, units, indicator -> change(rows.indexOf(row), indicator)).open());
            edit.addClassName("method-edit");
            Button remove = new Button(getTranslation("assessment.method.remove"), click -> {
                rows.remove(row);
                refresh();
            });
            remove.addClassName("method-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("assessment.method.empty"));
    }

    /** Puts the indicator at the index, after the last row where the index is the list's size. */
    private void change(int index, MethodIndicator indicator) {
        if (index >= rows.size()) {
            rows.add(indicator);
        } else {
            rows.set(index, indicator);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(rows));
        check();
    }

    /** The sum of the non-bonus points beside the stated total, marked while they differ. */
    private void check() {
        BigDecimal sum = rows.stream().filter(row -> !row.isBonus() && row.points() != null).map(MethodIndicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stated = total.getValue();
        total.setHelperText(getTranslation("assessment.method.sum", points(sum)));
        boolean differs = stated != null && sum.compareTo(stated) != 0;
        total.setErrorMessage(differs ? getTranslation("assessment.problem.METHOD_TOTAL_MISMATCH", points(sum), points(stated)) : null);
        total.setInvalid(differs);
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(MethodColumn.TOTAL, total);
        // a row's refusal is shown above the grid, naming the row
        for (int i = 0; i < rows.size(); i++) {
            for (MethodColumn column : MethodColumn.values()) {
                fields.put(column.of(i), new RowField(i + 1));
            }
        }
        rowNote.setInvalid(false);
        if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, fields, () -> methods.set(planId, rows, total.getValue()))) {
            Feedback.success(getTranslation("assessment.method.saved"));
            saved.run();
        }
    }

    /** Stands for a row's field in the refusal map and words the refusal into the note above the grid. */
    private final class RowField implements HasValidation {

        private final int row;

        RowField(int row) {
            this.row = row;
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            rowNote.setErrorMessage(getTranslation("assessment.method.rowProblem", row, errorMessage));
        }

        @Override
        public String getErrorMessage() {
            return rowNote.getErrorMessage();
        }

        @Override
        public void setInvalid(boolean invalid) {
            rowNote.setInvalid(invalid);
        }

        @Override
        public boolean isInvalid() {
            return rowNote.isInvalid();
        }
    }
}
