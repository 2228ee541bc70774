package org.planflow.plan.ui;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.shared.ui.Unavailable;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanAttachmentService;
import org.planflow.plan.PlanService;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * The drafter's editor, composed of its parts: {@link EditorHeader}, {@link SectionsPart},
 * {@link BreakdownPart} and {@link AttachmentsPart}. Save sends everything as the next revision, naming
 * the revision the editor started from so a concurrent save is refused rather than overwritten;
 * refusals appear beside their field.
 */
@Route("plan-edit")
@RolesAllowed(Roles.DRAFTER)
class PlanEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    /** Fields the service names inside the lists: sections[2].heading, items[0].indicator, items[1], items[1].targets[0].name. */
    private static final Pattern LIST_FIELD = Pattern.compile("(" + PlanFields.SECTIONS + "|" + PlanFields.ITEMS
            + ")\\[(\\d+)](?:\\.(\\w+))?");

    private final transient PlanService plans;
    private final transient PlanAttachmentService attachments;
    private final transient PlanImportService imports;
    private final transient OrganizationService organization;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;
    private PlanDraft loaded;
    private String pageTitle = "";
    private long planId;
    private int startedFrom;
    private EditorHeader header;
    private OfficeFields office;
    private ScheduleFields schedule;
    private SectionsPart sections;
    private BreakdownPart items;
    private TextField note;

    PlanEditorView(PlanService plans, PlanAttachmentService attachments, PlanImportService imports, OrganizationService organization, UploadLimit uploadLimit,
                   AcceptedFileTypes acceptedTypes) {
        this.plans = plans;
        this.attachments = attachments;
        this.imports = imports;
        this.organization = organization;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
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
        } catch (NotFoundException e) {
            pageTitle = getTranslation("plan.detail.unavailable");
            add(new Unavailable(pageTitle, getTranslation("plan.detail.notFound"),
                    new RouterLink(getTranslation("plan.backToList"), PlanListView.class)));
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
        pageTitle = plan.title();
        Paragraph message = new Paragraph(why);
        message.setId("plan-not-editable");
        RouterLink back = new RouterLink(getTranslation("plan.editor.backToPlan"), PlanDetailView.class, plan.id());
        back.setId("back-to-plan");
        add(new H2(plan.title()), message, back);
    }

    private void show(Plan plan) {
        removeAll();
        startedFrom = plan.revision();
        pageTitle = getTranslation("plan.editor.pageTitle", plan.title());
        header = new EditorHeader(plan);
        office = new OfficeFields(plan, organization.unitSearch());
        schedule = new ScheduleFields(plan);
        sections = new SectionsPart(plan.sections());
        items = new BreakdownPart(plan, plans, organization.unitSearch(), imports, uploadLimit);
        add(topBar(plan), header, new ImportWarnings(plan.warnings(), organization.unitSearch(),
                        (name, unit) -> show(imports.aliasUnmatchedUnit(plan.id(), name, unit.code()))),
                partHeading("plan.editor.schedule"), schedule,
                partHeading("plan.editor.office"), office,
                partHeading("plan.editor.sections"), sections,
                partHeading("plan.editor.items"), items,
                partHeading("plan.attachments"), new AttachmentsPart(attachments, plan.id(), plan.attachments(), uploadLimit,
                        acceptedTypes),
                saveBar());
        loaded = content();
    }

    private Component topBar(Plan plan) {
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
        return top;
    }

    /** What Save would store, without the revision and note, to tell whether anything changed on screen. */
    private PlanDraft content() {
        return draft(null, null);
    }

    private PlanDraft draft(Integer revision, String revisionNote) {
        return new PlanDraft(header.title(), header.type(), header.docNumber(), sections.values(), items.values(), revision,
                revisionNote, office.office(), office.leadingGroup(), schedule.period(), schedule.cadence(),
                schedule.reportDueDays());
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

    private Component saveBar() {
        note = new TextField(getTranslation("plan.editor.note"));
        note.setId("revision-note");
        note.setPlaceholder(getTranslation("plan.editor.note.placeholder"));
        note.setMaxLength(PlanService.MAX_NOTE);
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
        header.clearErrors();
        note.setInvalid(false);
        sections.clearErrors();
        items.clearErrors();
        office.clearErrors();
        schedule.clearErrors();
        PlanDraft draft = draft(startedFrom, note.getValue());
        Plan saved;
        try {
            saved = plans.update(planId, draft);
        } catch (InvalidInputException e) {
            showInvalid(e);
            return;
        } catch (ConflictException e) {
            // the user's edits stay on screen until they choose to reload
            new ConflictDialog(plans.get(planId), startedFrom, this::load).open();
            return;
        } catch (AccessDeniedException e) {
            Feedback.error(getTranslation("plan.editor.denied"));
            return;
        }
        show(saved);
        Feedback.success(getTranslation("plan.editor.saved", saved.revision()));
    }

    private void showInvalid(InvalidInputException e) {
        String field = Objects.toString(e.field(), "");
        String message = Feedback.words(this, e);
        Matcher list = LIST_FIELD.matcher(field);
        // items[1].targets[0].value flags row 1: its dialog, where the field stands, is closed
        if (list.lookingAt()) {
            int index = Integer.parseInt(list.group(2));
            String part = Objects.toString(list.group(3), "");
            boolean shown = PlanFields.SECTIONS.equals(list.group(1)) ? sections.showError(index, part, message)
                    : items.showError(index, message);
            if (shown) {
                return;
            }
        }
        if (header.showError(field, message) || office.showError(field, message) || schedule.showError(field, message)) {
            return;
        }
        if (PlanFields.NOTE.equals(field)) {
            note.setErrorMessage(message);
            note.setInvalid(true);
            note.focus();
        } else {
            Feedback.error(getTranslation("plan.error.other", message));
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
