package org.planflow.circulation.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.DocNumberCounter;
import org.planflow.circulation.DocNumberService;
import org.planflow.circulation.DocumentType;
import org.planflow.circulation.IssuanceService;
import org.planflow.shared.ui.LazyPages;
import org.planflow.shared.Formats;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;

/** 文号管理: the next document number per prefix and year; ADMIN corrects it (never back to an issued one). */
@Route("admin/doc-numbers")
@Menu(title = "menu.docNumbers", order = 93, icon = "vaadin:hash")
@RolesAllowed(Roles.ADMIN)
class DocNumbersView extends VerticalLayout implements HasDynamicTitle {

    private final transient DocNumberService numbers;
    private final transient IssuanceService issuances;
    private final Grid<DocNumberCounter> grid = new Grid<>(DocNumberCounter.class, false);

    DocNumbersView(DocNumberService numbers, IssuanceService issuances) {
        this.numbers = numbers;
        this.issuances = issuances;
        grid.setId("doc-number-grid");
        grid.addColumn(DocNumberCounter::prefix).setHeader(getTranslation("docNumbers.prefix")).setKey("prefix");
        grid.addColumn(DocNumberCounter::year).setHeader(getTranslation("docNumbers.year")).setKey("year");
        grid.addColumn(counter -> IssuanceService.format(counter.prefix(), counter.year(), counter.next()))
                .setHeader(getTranslation("docNumbers.next")).setKey("next");
        grid.addColumn(counter -> counter.lastIssued() == 0 ? "—"
                : IssuanceService.format(counter.prefix(), counter.year(), counter.lastIssued()))
                .setHeader(getTranslation("docNumbers.lastIssued")).setKey("lastIssued");
        grid.addComponentColumn(counter -> {
            Button edit = new Button(getTranslation("docNumbers.correct"), click -> edit(counter.prefix(), counter.year(), counter.next()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("data-prefix", counter.prefix());
            return edit;
        }).setHeader(getTranslation("inbox.column.actions")).setKey("actions");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("docNumbers.empty"));
        Button add = new Button(getTranslation("docNumbers.add"), click -> edit(null, LocalDate.now(Formats.DISTRICT_ZONE).getYear(), 1));
        add.setId("add-doc-number");
        add(new H2(getTranslation("docNumbers.title")), new Paragraph(getTranslation("docNumbers.hint")), add, grid);
        refresh();
    }

    private void refresh() {
        LazyPages.show(grid, numbers::counters);
    }

    private void edit(String prefix, int year, int next) {
        Dialog dialog = new Dialog();
        dialog.setId("doc-number-dialog");
        dialog.setHeaderTitle(getTranslation("docNumbers.correct"));
        Select<DocumentType> type = new Select<>();
        type.setLabel(getTranslation("docNumbers.prefix"));
        type.setItems(issuances.documentTypes());
        type.setItemLabelGenerator(DocumentType::prefix);
        issuances.documentTypes().stream().filter(t -> t.prefix().equals(prefix)).findFirst().ifPresentOrElse(type::setValue,
                () -> type.setValue(issuances.documentTypes().get(0)));
        type.setReadOnly(prefix != null);
        IntegerField yearField = new IntegerField(getTranslation("docNumbers.year"));
        yearField.setValue(year);
        yearField.setReadOnly(prefix != null);
        IntegerField nextField = new IntegerField(getTranslation("docNumbers.next"));
        nextField.setId("doc-number-next");
        nextField.setValue(next);
        Button save = new Button(getTranslation("common.save"), click -> {
            if (Feedback.attempt(this, IssuePanel.ERRORS, Map.of(CirculationFields.YEAR, yearField, CirculationFields.NEXT, nextField),
                    () -> numbers.correct(type.getValue().prefix(), yearField.getValue() == null ? 0 : yearField.getValue(),
                            nextField.getValue() == null ? 0 : nextField.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("doc-number-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(type, yearField, nextField));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("docNumbers.title");
    }
}
