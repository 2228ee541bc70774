package org.planflow.plan.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.planflow.shared.TooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;

/**
 * The drafter's editor: header fields, the sections of the text, the breakdown table and the
 * attachments. Save sends everything as the next revision, naming the revision the editor started
 * from so a concurrent save is refused rather than overwritten; refusals appear beside their field.
 */
@Route("plan-edit")
@RolesAllowed(Roles.DRAFTER)
class PlanEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private PlanDraft loaded;

    /** Fields the service names inside the lists: sections[2].heading, items[0].indicator, items[1]. */
    private static final Pattern LIST_FIELD = Pattern.compile("(sections|items)\\[(\\d+)](?:\\.(\\w+))?");

    private final transient PlanService plans;
    private final transient PlanImportService imports;
    private final UnitSearch units;
    private final long attachmentLimit;
    private final List<SectionEditor> sections = new ArrayList<>();
    private final List<ItemRow> items = new ArrayList<>();
    private String pageTitle = "";
    private long planId;
    private int startedFrom;
    private TextField title;
    private ComboBox<String> type;
    private TextField docNumber;
    private TextField note;
    private VerticalLayout sectionList;
    private Paragraph noSections;
    private Grid<ItemRow> itemGrid;
    private Span total;
    private Span itemsError;
    private Div attachmentList;
    private Upload upload;

    PlanEditorView(PlanService plans, PlanImportService imports, OrganizationService organization,
                   @Value("${planflow.plan.attachment-max-size:10MB}") DataSize attachmentLimit) {
        this.plans = plans;
        this.imports = imports;
        this.units = organization.unitSearch();
        this.attachmentLimit = attachmentLimit.toBytes();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        planId = id;
        load();
    }

    private void load() {
        removeAll();
        Plan plan;
        try {
            plan = plans.get(planId);
        } catch (AccessDeniedException e) {
            unavailable(getTranslation("plan.detail.denied"), null);
            return;
        } catch (NotFoundException e) {
            unavailable(getTranslation("plan.detail.notFound"), null);
            return;
        }
        if (plans.mayEdit(plan)) {
            show(plan);
        } else {
            String why = plan.status().editable()
                    ? getTranslation("plan.editor.notDrafter", plan.leadUnit().name())
                    : getTranslation("plan.editor.notEditable", getTranslation("plan.status." + plan.status().name()));
            unavailable(why, plan);
        }
    }

    private void unavailable(String why, Plan plan) {
        pageTitle = plan == null ? getTranslation("plan.detail.unavailable") : plan.title();
        Paragraph message = new Paragraph(why);
        message.setId("plan-not-editable");
        RouterLink back = plan == null
                ? new RouterLink(getTranslation("plan.backToList"), PlanListView.class)
                : new RouterLink(getTranslation("plan.editor.backToPlan"), PlanDetailView.class, plan.id());
        back.setId("back-to-plan");
        add(new H2(plan == null ? getTranslation("plan.detail.unavailable") : plan.title()), message, back);
    }

    private void show(Plan plan) {
        removeAll();
        sections.clear();
        items.clear();
        startedFrom = plan.revision();
        pageTitle = getTranslation("plan.editor.pageTitle", plan.title());

        H2 heading = new H2(getTranslation("plan.editor.title"));
        heading.getStyle().set("margin", "0");
        Span revision = new Span(getTranslation("plan.editor.revision", plan.revision()));
        revision.setId("editor-revision");
        revision.getElement().getThemeList().add("badge contrast");
        RouterLink back = new RouterLink(getTranslation("plan.editor.backToPlan"), PlanDetailView.class, plan.id());
        back.setId("back-to-plan");
        Button history = new Button(getTranslation("plan.editor.revisions"), VaadinIcon.TIME_BACKWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PlanDetailView.class, plan.id(),
                        PlanDetailView.tab(PlanDetailView.TAB_REVISIONS))));
        history.setId("show-revisions");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(heading, revision, back, history);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWrap(true);

        add(top, header(plan), new ImportWarnings(plan.warnings()),
                partHeading("plan.editor.sections"), sectionsPart(plan),
                partHeading("plan.editor.items"), itemsPart(plan),
                partHeading("plan.attachments"), attachmentsPart(plan),
                saveBar());
        loaded = content();
    }

    /** What Save would store, without the revision and note, to tell whether anything changed on screen. */
    private PlanDraft content() {
        return new PlanDraft(title.getValue(), type.getValue(), docNumber.getValue(),
                sections.stream().map(SectionEditor::value).toList(), items.stream().map(row -> row.item).toList(), null, null);
    }

    /** Leaving with unsaved changes asks first; the edits are only in this browser tab until saved. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (loaded == null || loaded.equals(content())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-confirm");
        confirm.setHeader(getTranslation("plan.editor.unsaved.title"));
        confirm.setText(getTranslation("plan.editor.unsaved.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("plan.editor.unsaved.stay"));
        confirm.setConfirmText(getTranslation("plan.editor.unsaved.leave"));
        confirm.addConfirmListener(confirmed -> action.proceed());
        confirm.open();
    }

    private H3 partHeading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        return heading;
    }

    private Component header(Plan plan) {
        title = new TextField(getTranslation("plan.field.title"));
        title.setId("title");
        title.setValue(plan.title());
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.addValueChangeListener(event -> title.setInvalid(false));

        type = new ComboBox<>(getTranslation("plan.field.type"));
        type.setId("type");
        type.setItems(PlanTypes.including(plan.type()));
        type.setAllowCustomValue(true);
        type.setManualValidation(true);
        type.addCustomValueSetListener(event -> {
            type.setItems(PlanTypes.including(event.getDetail()));
            type.setValue(event.getDetail());
        });
        type.setValue(plan.type());
        type.addValueChangeListener(event -> type.setInvalid(false));

        docNumber = new TextField(getTranslation("plan.field.docNumber"));
        docNumber.setId("doc-number");
        docNumber.setPlaceholder(getTranslation("plan.field.docNumber.placeholder"));
        docNumber.setValue(Objects.toString(plan.docNumber(), ""));
        docNumber.setMaxLength(100);
        docNumber.setManualValidation(true);
        docNumber.addValueChangeListener(event -> docNumber.setInvalid(false));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        form.add(title, 2);
        form.add(type, docNumber);
        return form;
    }

    private Component sectionsPart(Plan plan) {
        sectionList = new VerticalLayout();
        sectionList.setId("sections");
        sectionList.setPadding(false);
        noSections = new Paragraph(getTranslation("plan.editor.sections.empty"));
        noSections.getStyle().set("color", "var(--lumo-secondary-text-color)");
        plan.sections().forEach(this::addSection);
        Button add = new Button(getTranslation("plan.editor.addSection"), VaadinIcon.PLUS.create(),
                click -> addSection(new PlanSection("", 1, "", "")));
        add.setId("add-section");
        VerticalLayout part = new VerticalLayout(noSections, sectionList, add);
        part.setPadding(false);
        renumberSections();
        return part;
    }

    private void addSection(PlanSection section) {
        sections.add(new SectionEditor(section, editor -> moveSection(editor, -1), editor -> moveSection(editor, 1), this::removeSection));
        renumberSections();
    }

    private void moveSection(SectionEditor editor, int by) {
        int from = sections.indexOf(editor);
        int to = from + by;
        if (to >= 0 && to < sections.size()) {
            Collections.swap(sections, from, to);
            renumberSections();
        }
    }

    private void removeSection(SectionEditor editor) {
        sections.remove(editor);
        renumberSections();
    }

    private void renumberSections() {
        if (sectionList == null) {
            return;
        }
        sectionList.removeAll();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).position(i, sections.size());
            sectionList.add(sections.get(i));
        }
        noSections.setVisible(sections.isEmpty());
    }

    private Component itemsPart(Plan plan) {
        plan.items().forEach(item -> items.add(new ItemRow(item)));
        itemGrid = new Grid<>();
        itemGrid.setId("editor-items");
        itemGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        itemGrid.addComponentColumn(this::seqCell).setHeader(getTranslation("plan.item.seq")).setKey("seq").setWidth("5em").setFlexGrow(0);
        itemGrid.addColumn(row -> Objects.toString(row.item.category(), "")).setHeader(getTranslation("plan.item.category"))
                .setKey("category").setFlexGrow(1);
        itemGrid.addColumn(row -> row.item.indicator()).setHeader(getTranslation("plan.item.indicator")).setKey("indicator").setFlexGrow(3);
        itemGrid.addColumn(row -> Scores.format(row.item.score())).setHeader(getTranslation("plan.item.score")).setKey("score")
                .setWidth("5em").setFlexGrow(0);
        itemGrid.addComponentColumn(row -> new UnitRefLabel(row.item.leadUnit() == null ? List.of() : List.of(row.item.leadUnit())))
                .setHeader(getTranslation("plan.item.leadUnit")).setKey("leadUnit").setFlexGrow(1);
        itemGrid.addComponentColumn(row -> new UnitRefLabel(row.item.coopUnits())).setHeader(getTranslation("plan.item.coopUnits"))
                .setKey("coopUnits").setFlexGrow(2);
        itemGrid.addColumn(row -> row.item.dueDate() == null ? "" : row.item.dueDate().toString())
                .setHeader(getTranslation("plan.item.dueDate")).setKey("dueDate").setAutoWidth(true).setFlexGrow(0);
        itemGrid.addComponentColumn(this::itemActions).setHeader(getTranslation("plan.editor.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        itemGrid.setAllRowsVisible(true);
        itemGrid.setEmptyStateText(getTranslation("plan.items.empty"));

        total = new Span();
        total.setId("editor-total-score");
        total.getStyle().set("font-weight", "600");
        itemsError = new Span();
        itemsError.setId("items-error");
        itemsError.setVisible(false);
        itemsError.getStyle().set("color", "var(--lumo-error-text-color)");
        Button add = new Button(getTranslation("plan.editor.addItem"), VaadinIcon.PLUS.create(),
                click -> new ItemDialog(null, units, item -> {
                    items.add(new ItemRow(item));
                    refreshItems();
                }).open());
        add.setId("add-item");
        refreshItems();

        HorizontalLayout below = new HorizontalLayout(add, total);
        below.setAlignItems(FlexComponent.Alignment.BASELINE);
        BreakdownExcel excel = new BreakdownExcel(plan.id(), imports, read -> {
            items.clear();
            read.forEach(item -> items.add(new ItemRow(item)));
            refreshItems();
            Notification.show(getTranslation("plan.excel.read", read.size()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        VerticalLayout part = new VerticalLayout(itemGrid, itemsError, below, excel);
        part.setPadding(false);
        return part;
    }

    private Component seqCell(ItemRow row) {
        Span seq = new Span(String.valueOf(items.indexOf(row) + 1));
        if (row.error == null) {
            return seq;
        }
        Icon error = VaadinIcon.EXCLAMATION_CIRCLE.create();
        error.setColor("var(--lumo-error-color)");
        error.setSize("var(--lumo-icon-size-s)");
        error.addClassName("item-error");
        error.getElement().setAttribute("aria-label", row.error);
        Tooltip.forComponent(error).setText(row.error);
        return new Span(seq, error);
    }

    private Component itemActions(ItemRow row) {
        int index = items.indexOf(row);
        Button edit = iconButton(VaadinIcon.EDIT, "plan.item.edit", "item-edit", click -> new ItemDialog(row.item, units, item -> {
            row.item = item;
            row.error = null;
            refreshItems();
        }).open());
        Button up = iconButton(VaadinIcon.ARROW_UP, "plan.moveUp", "item-up", click -> moveItem(row, -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "plan.moveDown", "item-down", click -> moveItem(row, 1));
        down.setEnabled(index < items.size() - 1);
        Button delete = iconButton(VaadinIcon.TRASH, "plan.item.delete", "item-delete", click -> {
            items.remove(row);
            refreshItems();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down, delete);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String className,
                              ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    private void moveItem(ItemRow row, int by) {
        int from = items.indexOf(row);
        int to = from + by;
        if (to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
            refreshItems();
        }
    }

    private void refreshItems() {
        itemGrid.setItems(items);
        BigDecimal sum = BreakdownItem.totalScore(items.stream().map(row -> row.item).toList());
        total.setText(getTranslation("plan.items.total", Scores.format(sum)));
        if (items.stream().noneMatch(row -> row.error != null)) {
            itemsError.setVisible(false);
        }
    }

    private Component attachmentsPart(Plan plan) {
        // The browser's size limit is only advice; this one refuses a larger file before it is read into memory.
        InMemoryUploadHandler handler = new InMemoryUploadHandler(this::attach) {
            @Override
            public long getFileSizeMax() {
                return attachmentLimit;
            }
        };
        upload = new Upload(handler);
        upload.setId("attachment-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachmentLimit));
        upload.setUploadButton(new Button(getTranslation("plan.attachment.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("plan.attachment.drop", FileSizes.format(attachmentLimit))));
        upload.addFileRejectedListener(event -> Notification.show(getTranslation("plan.attachment.rejected", event.getFileName(),
                        FileSizes.format(attachmentLimit)), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        attachmentList = new Div();
        attachmentList.setId("attachment-list");
        showAttachments(plan.attachments());
        Paragraph hint = new Paragraph(getTranslation("plan.attachment.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        VerticalLayout part = new VerticalLayout(hint, attachmentList, upload);
        part.setPadding(false);
        return part;
    }

    /** Runs when the upload completes, inside the UI's lock; the attachment is stored at once, apart from Save. */
    private void attach(UploadMetadata metadata, byte[] content) {
        // The list below shows the stored attachments; the upload's own list would repeat them.
        upload.clearFileList();
        try {
            plans.addAttachment(planId, metadata.fileName(), metadata.contentType(), content);
            Notification.show(getTranslation("plan.attachment.added", metadata.fileName()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TooLargeException e) {
            error(getTranslation("plan.attachment.rejected", metadata.fileName(), FileSizes.format(attachmentLimit)));
        } catch (InvalidInputException | ConflictException | AccessDeniedException e) {
            error(getTranslation("plan.attachment.refused", metadata.fileName()));
        }
        showAttachments(plans.get(planId).attachments());
    }

    private void showAttachments(List<AttachmentInfo> attachments) {
        attachmentList.removeAll();
        if (attachments.isEmpty()) {
            attachmentList.add(new Span(getTranslation("plan.attachments.none")));
        }
        for (AttachmentInfo info : attachments) {
            Button remove = iconButton(VaadinIcon.TRASH, "plan.attachment.remove", "attachment-remove", click -> removeAttachment(info));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(new AttachmentLink(planId, info),
                    new Span(getTranslation("plan.attachment.size", FileSizes.format(info.size()))), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("attachment-row");
            attachmentList.add(row);
        }
    }

    private void removeAttachment(AttachmentInfo info) {
        try {
            plans.removeAttachment(planId, info.id());
        } catch (NotFoundException | ConflictException | AccessDeniedException e) {
            error(getTranslation("plan.attachment.refused", info.fileName()));
        }
        showAttachments(plans.get(planId).attachments());
    }

    private Component saveBar() {
        note = new TextField(getTranslation("plan.editor.note"));
        note.setId("revision-note");
        note.setPlaceholder(getTranslation("plan.editor.note.placeholder"));
        note.setMaxLength(300);
        note.setManualValidation(true);
        note.setWidth("min(40em, 100%)");
        note.addValueChangeListener(event -> note.setInvalid(false));
        Button save = new Button(getTranslation("plan.editor.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(note, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");
        return bar;
    }

    private void save() {
        clearErrors();
        PlanDraft draft = new PlanDraft(title.getValue(), type.getValue(), docNumber.getValue(),
                sections.stream().map(SectionEditor::value).toList(), items.stream().map(row -> row.item).toList(),
                startedFrom, note.getValue());
        Plan saved;
        try {
            saved = plans.update(planId, draft);
        } catch (InvalidInputException e) {
            showInvalid(e);
            return;
        } catch (ConflictException e) {
            showConflict();
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("plan.editor.denied"));
            return;
        }
        show(saved);
        Notification.show(getTranslation("plan.editor.saved", saved.revision()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void clearErrors() {
        title.setInvalid(false);
        type.setInvalid(false);
        docNumber.setInvalid(false);
        note.setInvalid(false);
        sections.forEach(SectionEditor::clearErrors);
        items.forEach(row -> row.error = null);
        itemsError.setVisible(false);
        refreshItems();
    }

    private void showInvalid(InvalidInputException e) {
        String field = Objects.toString(e.field(), "");
        Matcher list = LIST_FIELD.matcher(field);
        if (list.matches()) {
            int index = Integer.parseInt(list.group(2));
            String part = Objects.toString(list.group(3), "");
            if ("sections".equals(list.group(1)) && index < sections.size()) {
                sections.get(index).showError(part, getTranslation(sectionErrorKey(part)));
                return;
            }
            if ("items".equals(list.group(1)) && index < items.size()) {
                markItem(index, getTranslation(itemErrorKey(part)));
                return;
            }
        }
        switch (field) {
            case "title" -> invalid(title, "plan.error.title");
            case "type" -> invalid(type, "plan.error.type");
            case "docNumber" -> invalid(docNumber, "plan.error.docNumber");
            case "note" -> invalid(note, "plan.error.note");
            default -> error(getTranslation("plan.error.other", e.getMessage()));
        }
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private static String sectionErrorKey(String part) {
        return switch (part) {
            case "outline" -> "plan.error.section.outline";
            case "level" -> "plan.error.section.level";
            default -> "plan.error.section.heading";
        };
    }

    private static String itemErrorKey(String part) {
        return switch (part) {
            case "indicator" -> "plan.error.item.indicator";
            case "score" -> "plan.error.item.score";
            case "category" -> "plan.error.item.category";
            case "leadUnit", "coopUnits" -> "plan.error.item.unit";
            default -> "plan.error.item.other";
        };
    }

    /** The dialog that would show it is closed, so the row is flagged and selected, and the message stands above the table. */
    private void markItem(int index, String message) {
        ItemRow row = items.get(index);
        row.error = message;
        refreshItems();
        itemGrid.select(row);
        itemGrid.scrollToIndex(index);
        itemsError.setText(getTranslation("plan.error.item", index + 1, message));
        itemsError.setVisible(true);
    }

    /** Someone else saved, or the plan moved on; the user's edits stay on screen until they choose to reload. */
    private void showConflict() {
        Plan current = plans.get(planId);
        String message = current.status().editable()
                ? getTranslation("plan.editor.conflict.revision", current.revision(), startedFrom)
                : getTranslation("plan.editor.conflict.status", getTranslation("plan.status." + current.status().name()));
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle(getTranslation("plan.editor.conflict.title"));
        Paragraph text = new Paragraph(message);
        text.setId("conflict-message");
        text.setMaxWidth("32em");
        dialog.add(text);
        Button keep = new Button(getTranslation("plan.editor.conflict.keep"), click -> dialog.close());
        keep.setId("conflict-keep");
        Button reload = new Button(getTranslation("plan.editor.conflict.reload"), click -> {
            dialog.close();
            load();
        });
        reload.setId("conflict-reload");
        dialog.getFooter().add(keep, reload);
        dialog.open();
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** A row of the table being edited; identity, not value, tells two equal rows apart. */
    private static final class ItemRow {

        private BreakdownItem item;
        private String error;

        private ItemRow(BreakdownItem item) {
            this.item = item;
        }
    }
}
