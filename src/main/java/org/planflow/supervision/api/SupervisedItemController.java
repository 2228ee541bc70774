package org.planflow.supervision.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.Target;
import org.planflow.supervision.AdHocItem;
import org.planflow.supervision.Contribution;
import org.planflow.supervision.Dashboard;
import org.planflow.supervision.Evidence;
import org.planflow.supervision.ExtensionRequest;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemFilter;
import org.planflow.supervision.ItemAssignmentService;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.ItemSearchService;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.ItemStatusService;
import org.planflow.supervision.Light;
import org.planflow.supervision.ReportState;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.LedgerExportService;
import org.planflow.supervision.SupervisionDashboardService;
import org.planflow.supervision.SupervisionFields;
import org.planflow.supervision.SupervisionNotice;
import org.planflow.supervision.SupervisionProblem;
import org.planflow.supervision.UnitRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supervised items", description = "督办事项: items, their ledger rows, reports, extensions and supervision notices")
class SupervisedItemController {


    private final ItemSearchService items;
    private final ItemAssignmentService assignments;
    private final LedgerExportService ledgers;
    private final ItemProgressService progress;
    private final SupervisionDashboardService dashboards;
    private final Downloads downloads;
    private final ItemStatusService statuses;

    SupervisedItemController(ItemSearchService items, ItemAssignmentService assignments, LedgerExportService ledgers,
                             ItemProgressService progress, SupervisionDashboardService dashboards, Downloads downloads,
                             ItemStatusService statuses) {
        this.statuses = statuses;
        this.items = items;
        this.assignments = assignments;
        this.ledgers = ledgers;
        this.downloads = downloads;
        this.progress = progress;
        this.dashboards = dashboards;
    }

    @GetMapping("/api/supervision/dashboard")
    @Operation(summary = "督办看板: items by light and status, this period's reports due and in, each lead unit's reports due, "
            + "on time and on-time rate and its red items, red items month by month; over all plans or one (plan=); "
            + "unit staff get their own unit's figures; a task for every township counts each township's item, never the "
            + "group's item beside them")
    Dashboard dashboard(@RequestParam(required = false) Long plan) {
        return dashboards.dashboard(plan);
    }

    @GetMapping("/api/plans/{id}/supervision")
    @Operation(summary = "The plan's supervised items: id, seq, indicator, leadUnit, coopUnits, dueDate, light, status, "
            + "latestReport, escalationLevel; a row led by a group (各乡镇) as the group's item (leadGroup, children: the ids of "
            + "its units' items, childrenClosed; its light the worst of theirs, CLOSED with the last) followed by one item per "
            + "unit (parentId); for the plan's member units and the administrator the items they do not work on "
            + "as ledger rows (no responsible person, the latest report as the 通报 tells it); 403 for other readers of the plan; "
            + "in the breakdown table's order, paged with their total")
    PageOf<SupervisedItem> ofPlan(@PathVariable long id, PageRequest page) {
        return items.ofPlan(id, page);
    }

    @GetMapping("/api/supervision/items")
    @Operation(summary = "Supervised items the caller may see, red first: all for SUPERVISOR, LEADER, OFFICE_CLERK and ADMIN, "
            + "the own unit's for unit staff (role=LEAD 主办, COOPERATING 协办 or ANY); report=DUE, IN or MISSING selects by the "
            + "current period's report, as the dashboard counts reportsDue and reportsIn; then by due date, paged with their total; "
            + "a group's item (各乡镇) is left out, its units' items are listed")
    PageOf<SupervisedItem> search(@RequestParam(required = false) Long plan, @RequestParam(required = false) String unit,
                                  @Parameter(description = "LEAD, COOPERATING or ANY") @RequestParam(required = false) String role,
                                  @RequestParam(required = false) String light, @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String report, PageRequest page) {
        return items.search(new ItemFilter(plan, unit, role == null ? null : value(UnitRole.class, "role", role),
                light == null ? null : value(Light.class, "light", light),
                status == null ? null : value(ItemStatus.class, "status", status),
                report == null ? null : value(ReportState.class, "report", report)), page);
    }

    @GetMapping("/api/supervision/ledger.xlsx")
    @Operation(summary = "The work ledger (工作台账) as an .xlsx workbook: one row per item the caller may see, with its "
            + "measures, milestones, responsible person, latest progress, light and status; of one plan and/or one unit "
            + "(unit staff always get their own unit's); 404 for a plan the caller may not read")
    ResponseEntity<byte[]> ledger(@RequestParam(required = false) Long plan, @RequestParam(required = false) String unit) {
        byte[] ledger = ledgers.ledger(plan, unit);
        String what = "ledger" + (plan == null ? "" : " plan:" + plan) + (unit == null ? "" : " unit:" + unit);
        return downloads.file(new FileDownloaded(what, plan, null, "工作台账.xlsx"), Downloads.XLSX, ledger);
    }

    @GetMapping("/api/supervision/items/{id}")
    @Operation(summary = "One item with its ledger row, every report, contribution, extension request, supervision notice "
            + "and its history (standing FULL); parentId for a unit's item of a group's task, leadGroup, children and "
            + "childrenClosed for the group's item; for the plan's other member units and the administrator its ledger row and "
            + "light alone (standing LEDGER); 404 for anyone else, as for an item that does not exist")
    ItemDetail item(@PathVariable long id) {
        return progress.detail(id);
    }

    @PostMapping("/api/supervision/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "SUPERVISOR opens an ad-hoc item (立项): {title, source: 领导批示|会议议定事项, sourceText, leadUnit, "
            + "coopUnits, dueDate, cadence: MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY, leader, targets: [{name, unit, "
            + "direction: GE|LE, value, baseline, year}]}")
    SupervisedItem create(@RequestBody AdHocItem request) {
        return assignments.createAdHoc(request);
    }

    @PutMapping("/api/supervision/items/{id}/cadence")
    @Operation(summary = "The plan's office or SUPERVISOR changes how often the item reports and when: {cadence: "
            + "MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY, reportDueDays: calendar days after a period's end (0–60; null: the "
            + "working-day default)}; the waiting period timer moves to the new period's end; a group's item changes with "
            + "its units' items")
    SupervisedItem cadence(@PathVariable long id, @RequestBody CadenceBody body) {
        return statuses.changeCadence(id, body == null ? null : body.cadence(), body == null ? null : body.reportDueDays());
    }

    @PutMapping("/api/supervision/items/{id}/targets")
    @Operation(summary = "The plan's office or SUPERVISOR replaces the item's numeric targets: {targets: [{name, unit, "
            + "direction: GE|LE, value, baseline, year}]} ([] removes them); reports keep their values and the light is "
            + "drawn again; a group's item changes with its units' items")
    SupervisedItem targets(@PathVariable long id, @RequestBody TargetsBody body) {
        return statuses.changeTargets(id, body == null ? null : body.targets());
    }

    @PostMapping("/api/supervision/items/{id}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A cooperating unit (协办) adds its part to this period's report: {text}")
    Contribution contribute(@PathVariable long id, @RequestBody TextBody body) {
        return progress.contribute(id, body == null ? null : body.text());
    }

    @PostMapping("/api/supervision/items/{id}/extension")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The lead unit asks for a later due date (延期申请): {dueDate, reason}; SUPERVISOR decides in REVIEW_EXTENSION")
    ExtensionRequest extension(@PathVariable long id, @RequestBody ExtensionBody body) {
        if (body == null) {
            throw SupervisionProblem.EXTENSION_INCOMPLETE.at(SupervisionFields.DUE_DATE);
        }
        return progress.requestExtension(id, body.dueDate(), body.reason());
    }

    @PostMapping("/api/supervision/items/{id}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "SUPERVISOR issues a supervision notice (督办单): {text, answerWorkingDays}; the lead unit's head "
            + "answers it in ANSWER_SUPERVISION_NOTICE")
    SupervisionNotice notice(@PathVariable long id, @RequestBody NoticeBody body) {
        return progress.issueNotice(id, body == null ? null : body.text(), body == null ? null : body.answerWorkingDays());
    }

    @PostMapping("/api/supervision/items/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The lead unit attaches evidence (佐证材料, multipart `file`) to the current period's report; 413 over the limit")
    Evidence evidence(@PathVariable long id, @RequestParam(SupervisionFields.FILE) MultipartFile file) throws IOException {
        return progress.addEvidence(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/api/supervision/items/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download one evidence file of the item")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
        ItemDetail detail = progress.detail(id);
        Evidence evidence = detail.evidence().stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new org.planflow.shared.NotFoundException("No evidence " + evidenceId + " of item " + id));
        byte[] content = progress.evidenceContent(id, evidenceId);
        return downloads.file(new FileDownloaded("item:" + id + "/evidence:" + evidenceId, detail.item().planId(), id,
                evidence.fileName()), evidence.contentType(), content);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw SupervisionProblem.VALUE_UNKNOWN.at(field, field, value);
        }
    }

    record CadenceBody(String cadence, Integer reportDueDays) {
    }

    record TargetsBody(List<Target> targets) {
    }

    record TextBody(String text) {
    }

    record ExtensionBody(LocalDate dueDate, String reason) {
    }

    record NoticeBody(String text, Integer answerWorkingDays) {
    }
}
