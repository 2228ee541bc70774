package org.planflow.supervision.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.OrganizationService;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.TaskKind;
import org.planflow.shared.UploadLimit;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisedItemService;

/** Every task on a supervised item: the item at a glance (with its reports for the office) beside the kind's panel. */
@org.springframework.stereotype.Component
class SupervisionWorkspace implements TaskWorkspace {

    private static final Set<TaskKind> KINDS = EnumSet.of(TaskKind.ASSIGN_LEAD_UNIT, TaskKind.ACCEPT_ASSIGNMENT,
            TaskKind.REPORT_PROGRESS, TaskKind.REVIEW_REPORT, TaskKind.VERIFY_CLOSURE, TaskKind.REVIEW_EXTENSION,
            TaskKind.ANSWER_SUPERVISION_NOTICE);

    private final SupervisedItemService items;
    private final ItemProgressService progress;
    private final OrganizationService organization;
    private final TaskCompletionService completion;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;

    SupervisionWorkspace(SupervisedItemService items, ItemProgressService progress, OrganizationService organization,
                         TaskCompletionService completion, UploadLimit uploadLimit, AcceptedFileTypes acceptedTypes) {
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
        this.items = items;
        this.progress = progress;
        this.organization = organization;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return KINDS.stream().anyMatch(kind -> kind.is(task.kind())) && task.processInstanceId() != null;
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        SupervisedItem item = items.ofProcess(task.processInstanceId());
        ItemDetail detail = progress.detail(item.id());
        UnaryOperator<String> names = People.names(organization);
        Consumer<Map<String, Object>> complete = fields -> {
            completion.complete(task.id(), fields);
            completed.run();
        };
        VerticalLayout left = new VerticalLayout(new ItemSummary(item, names));
        left.setPadding(false);
        // Without a minimum width of 0 the reports table would push the panel off the screen instead of scrolling.
        left.setMinWidth("0");
        if (!detail.reports().isEmpty()) {
            left.add(new ReportsGrid(detail.reports(), names));
        }
        VerticalLayout right = new VerticalLayout(panel(TaskKind.valueOf(task.kind()), detail, names, complete));
        right.setPadding(false);
        right.setWidth("30em");
        right.getStyle().set("flex-shrink", "0");
        HorizontalLayout layout = new HorizontalLayout(left, right);
        layout.setWidthFull();
        layout.setFlexGrow(1, left);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        layout.setId("task-workspace");
        return layout;
    }

    private Component panel(TaskKind kind, ItemDetail detail, UnaryOperator<String> names, Consumer<Map<String, Object>> complete) {
        return switch (kind) {
            case ASSIGN_LEAD_UNIT -> new AssignLeadUnitPanel(organization.unitSearch(), complete);
            case ACCEPT_ASSIGNMENT -> new AcceptPanel(detail.item(), complete);
            case REPORT_PROGRESS -> new ReportPanel(detail, names, new EvidencePanel(detail.item(), detail.evidence(), true, progress,
                    uploadLimit, acceptedTypes, () -> { }), complete);
            case REVIEW_REPORT, VERIFY_CLOSURE -> DecisionPanel.review(kind, detail.item(), names, complete);
            case REVIEW_EXTENSION -> DecisionPanel.extension(detail, names, complete);
            case ANSWER_SUPERVISION_NOTICE -> new NoticeAnswerPanel(detail, names, complete);
            default -> throw new IllegalStateException("Not a supervision task: " + kind);
        };
    }
}
