package org.planflow.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.DocNumberService;
import org.planflow.organization.Groups;
import org.planflow.plan.PlanOffices;
import org.planflow.security.CurrentUser;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.UploadLimit;
import org.planflow.supervision.persistence.ReportRepository;
import org.planflow.supervision.process.SupervisionEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a supervised item after acceptance: periodic reports and their review, cooperating units'
 * contributions, closure requests and their verification, extension requests and supervision notices.
 */
@Service
@Transactional
public class ItemProgressService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_ANSWER_WORKING_DAYS = 30;
    /** Supervision notices are numbered like documents: 督办〔2026〕3号. */
    public static final String NOTICE_PREFIX = "督办";

    private final SupervisedItemService items;
    private final ItemStatusService statuses;
    private final ItemLightService lights;
    private final ReportRepository reports;
    private final SupervisionEngine engine;
    private final DocNumberService numbers;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;
    private final AuditService audit;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;
    private final PlanOffices offices;

    public ItemProgressService(SupervisedItemService items, ItemStatusService statuses, ItemLightService lights,
                               ReportRepository reports, SupervisionEngine engine, DocNumberService numbers,
                               Deadlines deadlines, PlanFlowClock clock, AuditService audit, UploadLimit uploadLimit,
                               AcceptedFileTypes acceptedTypes, PlanOffices offices) {
        this.offices = offices;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
        this.audit = audit;
        this.items = items;
        this.statuses = statuses;
        this.lights = lights;
        this.reports = reports;
        this.engine = engine;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * A period ended: its report opens, due the item's calendar days after the period's last day (by the end of that
     * day, as "每季度末5日前报送" says), else its working days after it.
     */
    @PreAuthorize("permitAll()")
    public ProgressReport openReport(long itemId) {
        SupervisedItem item = items.lock(itemId);
        LocalDate periodDay = items.today().minusDays(1);
        LocalDate periodEnd = item.cadence().periodEnd(periodDay);
        Instant due = item.reportDueDays() != null
                ? periodEnd.plusDays(item.reportDueDays() + 1L).atStartOfDay(Formats.DISTRICT_ZONE).toInstant()
                : deadlines.workingDaysAfter(periodEnd, item.reportWorkingDays()).toInstant();
        long id = reports.open(itemId, item.cadence().period(periodDay), periodEnd, due);
        items.recordAs(AuditService.SYSTEM, item, SupervisionAction.REPORT_OPENED, item.cadence().period(periodDay));
        return reports.find(id).orElseThrow();
    }

    /**
     * The lead unit's report, with the current value of each of the item's targets ({@code targetValues},
     * {@code {name: number}}); DONE asks for closure (the item is DONE_PENDING until the office verifies it).
     */
    @PreAuthorize("permitAll()")
    public ReportStatus submitReport(long itemId, long reportId, String progress, Integer percent, String status,
                                     String problems, String nextSteps, Object targetValues, String taskId) {
        SupervisedItem item = items.lock(itemId);
        String text = SupervisedItemService.required(SupervisionProblem.PROGRESS_REQUIRED, SupervisionFields.PROGRESS, progress,
                MAX_TEXT);
        if (percent == null || percent < 0 || percent > 100) {
            throw SupervisionProblem.PERCENT_INVALID.at(SupervisionFields.PERCENT);
        }
        ReportStatus reportStatus = reportStatus(status);
        if (reportStatus == ReportStatus.DONE && percent != 100) {
            throw SupervisionProblem.PERCENT_NOT_DONE.at(SupervisionFields.PERCENT);
        }
        if (reportStatus == ReportStatus.BEHIND && (problems == null || problems.isBlank())) {
            throw SupervisionProblem.PROBLEMS_REQUIRED.at(SupervisionFields.PROBLEMS);
        }
        Map<String, BigDecimal> values = ItemTargets.values(item.targets(), targetValues);
        ProgressReport report = reports.find(reportId).orElseThrow(() -> new NotFoundException("No report " + reportId));
        Instant now = clock.instant();
        reports.submit(reportId, CurrentUser.require(), now, text, percent, reportStatus,
                optional(SupervisionFields.PROBLEMS, problems), optional(SupervisionFields.NEXT_STEPS, nextSteps),
                now.isAfter(report.due()), values);
        statuses.setStatus(itemId, reportStatus == ReportStatus.DONE ? ItemStatus.DONE_PENDING : ItemStatus.IN_PROGRESS);
        items.record(item, SupervisionAction.REPORT_SUBMITTED, report.period() + " " + reportStatus + " " + percent + "%", taskId);
        lights.refreshLight(itemId);
        return reportStatus;
    }

    /** Whether the caller does the office work of the item's plan (of items of no plan: the supervision office). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean runsOffice(Long planId) {
        return offices.runsOffice(planId);
    }

    /** The office accepts a report, or returns it for more (补充) with a comment. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void reviewReport(long itemId, long reportId, Outcome outcome, String comment, String taskId) {
        SupervisedItem item = items.lock(itemId);
        offices.requireOffice(item.planId());
        String text = outcome == Outcome.RETURN ? comment(comment)
                : optional(SupervisionFields.COMMENT, comment);
        reports.review(reportId, outcome == Outcome.ACCEPT ? ProgressReport.ACCEPTED : ProgressReport.RETURNED, text,
                CurrentUser.require(), clock.instant());
        items.record(item, SupervisionAction.REPORT_REVIEWED, outcome.value() + (text == null ? "" : ": " + text), taskId);
    }

    /** The office verifies a DONE report: closes the item (销号), or sends it back with a comment. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void verifyClosure(long itemId, long reportId, Outcome outcome, String comment, String taskId) {
        SupervisedItem item = items.lock(itemId);
        offices.requireOffice(item.planId());
        String text = outcome == Outcome.REOPEN ? comment(comment)
                : optional(SupervisionFields.COMMENT, comment);
        reports.review(reportId, outcome == Outcome.CLOSE ? ProgressReport.ACCEPTED : ProgressReport.RETURNED, text,
                CurrentUser.require(), clock.instant());
        if (outcome == Outcome.REOPEN) {
            statuses.setStatus(itemId, ItemStatus.IN_PROGRESS);
        }
        items.record(item, SupervisionAction.CLOSURE_VERIFIED, outcome.value() + (text == null ? "" : ": " + text), taskId);
    }

    /** A cooperating unit's (协办) part of the current period's report. */
    @PreAuthorize("isAuthenticated()")
    public Contribution contribute(long itemId, String text) {
        SupervisedItem item = items.lock(itemId);
        items.requireKnown(item);
        items.requireOpen(item);
        String unit = items.myUnit();
        if (item.coopUnits().stream().noneMatch(ref -> unit.equals(ref.code()))) {
            throw new org.springframework.security.access.AccessDeniedException("only cooperating units (协办) of item "
                    + itemId + " add contributions");
        }
        String clean = text(text);
        String period = item.cadence().period(items.today());
        reports.addContribution(itemId, period, unit, clean, CurrentUser.require(), clock.instant());
        items.record(item, SupervisionAction.CONTRIBUTION_ADDED, unit + " " + period, null);
        List<Contribution> all = reports.contributions(itemId);
        return all.get(all.size() - 1);
    }

    /** The lead unit asks for a later due date with a reason (延期申请); one request at a time. */
    @PreAuthorize("isAuthenticated()")
    public ExtensionRequest requestExtension(long itemId, LocalDate dueDate, String reason) {
        SupervisedItem item = items.lock(itemId);
        items.requireKnown(item);
        items.requireOpen(item);
        items.requireLeadUnit(item);
        if (dueDate == null || !dueDate.isAfter(item.dueDate())) {
            throw SupervisionProblem.NEW_DUE_NOT_LATER.at(SupervisionFields.DUE_DATE, item.dueDate());
        }
        String text = SupervisedItemService.required(SupervisionProblem.REASON_REQUIRED, SupervisionFields.REASON, reason,
                MAX_TEXT);
        if (reports.pendingExtension(itemId).isPresent()) {
            throw SupervisionProblem.EXTENSION_PENDING.at(null, itemId);
        }
        long id = reports.requestExtension(itemId, dueDate, item.dueDate(), text, CurrentUser.require(), clock.instant());
        engine.requestExtension(item, id);
        items.record(item, SupervisionAction.EXTENSION_REQUESTED, item.dueDate() + " → " + dueDate, null);
        return reports.pendingExtension(itemId).orElseThrow();
    }

    /** The office grants (the due date and its timer move) or refuses an extension. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void decideExtension(long itemId, long extensionId, Outcome outcome, String comment, String taskId) {
        SupervisedItem item = items.lock(itemId);
        offices.requireOffice(item.planId());
        ExtensionRequest request = reports.pendingExtension(itemId).filter(pending -> pending.id() == extensionId)
                .orElseThrow(() -> SupervisionProblem.EXTENSION_DECIDED.at(null, extensionId));
        String text = outcome == Outcome.REFUSE ? comment(comment)
                : optional(SupervisionFields.COMMENT, comment);
        reports.decideExtension(extensionId, outcome == Outcome.GRANT ? ExtensionRequest.GRANTED : ExtensionRequest.REFUSED,
                text, CurrentUser.require(), clock.instant());
        if (outcome == Outcome.GRANT) {
            statuses.moveDue(itemId, request.requestedDue());
        }
        items.record(item, SupervisionAction.EXTENSION_DECIDED, outcome.value() + " " + request.requestedDue(), taskId);
    }

    /** The office issues a supervision notice (督办单) with a number; the lead unit's head answers it in time. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisionNotice issueNotice(long itemId, String text, Integer answerWorkingDays) {
        SupervisedItem item = items.lock(itemId);
        offices.requireOffice(item.planId());
        items.requireOpen(item);
        String clean = text(text);
        if (answerWorkingDays == null || answerWorkingDays < 1 || answerWorkingDays > MAX_ANSWER_WORKING_DAYS) {
            throw SupervisionProblem.ANSWER_DAYS_INVALID.at(SupervisionFields.ANSWER_WORKING_DAYS, MAX_ANSWER_WORKING_DAYS);
        }
        if (item.leadUnit() == null || !item.leadUnit().matched()) {
            throw SupervisionProblem.NO_LEAD_UNIT.at(null, itemId);
        }
        // The process hears 督办单 only once the lead unit has taken the item on (签收承办).
        if (item.status() == ItemStatus.ASSIGNED) {
            throw SupervisionProblem.NOT_YET_ACCEPTED.at(null, itemId);
        }
        Instant due = deadlines.workingDaysFromNow(answerWorkingDays).toInstant();
        String number = numbers.take(NOTICE_PREFIX, items.today().getYear());
        long id = reports.issueNotice(itemId, number, clean, due, CurrentUser.require(), clock.instant());
        // The unit's head group: its head (负责人) as the administrator names them, or its staff while it has none.
        engine.issueNotice(item, id, due, Groups.ofUnitHead(item.leadUnit().code()));
        items.record(item, SupervisionAction.NOTICE_ISSUED, number, null);
        return reports.notice(id).orElseThrow();
    }

    /** The lead unit's head answers the notice. */
    @PreAuthorize("permitAll()")
    public void answerNotice(long itemId, long noticeId, String answer, String taskId) {
        SupervisedItem item = items.lock(itemId);
        SupervisionNotice notice = reports.notice(noticeId).orElseThrow(() -> new NotFoundException("No notice " + noticeId));
        if (notice.answeredAt() != null) {
            throw SupervisionProblem.NOTICE_ANSWERED.at(null, notice.number());
        }
        reports.answerNotice(noticeId, text(answer), CurrentUser.require(), clock.instant());
        items.record(item, SupervisionAction.NOTICE_ANSWERED, notice.number(), taskId);
    }

    /** The lead unit attaches evidence (佐证材料) to the current period's report; over the upload limit it is refused. */
    @PreAuthorize("isAuthenticated()")
    public Evidence addEvidence(long itemId, String fileName, String contentType, byte[] content) {
        SupervisedItem item = items.lock(itemId);
        items.requireKnown(item);
        items.requireOpen(item);
        items.requireLeadUnit(item);
        if (fileName == null || fileName.isBlank()) {
            throw SupervisionProblem.FILE_NAME_REQUIRED.at(SupervisionFields.FILE);
        }
        acceptedTypes.check(fileName);
        if (content.length == 0) {
            throw SupervisionProblem.FILE_EMPTY.at(SupervisionFields.FILE, fileName);
        }
        uploadLimit.check(fileName, content);
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        String period = item.cadence().period(items.today());
        long id = reports.addEvidence(itemId, period, name, ContentTypes.sanitize(contentType), content, CurrentUser.require(),
                clock.instant());
        items.record(item, SupervisionAction.EVIDENCE_ADDED, name, null);
        return reports.evidence(itemId).stream().filter(evidence -> evidence.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] evidenceContent(long itemId, long evidenceId) {
        items.get(itemId);
        return reports.evidenceContent(itemId, evidenceId)
                .orElseThrow(() -> new NotFoundException("No evidence " + evidenceId + " of item " + itemId));
    }

    /**
     * Everything about an item for those who see it whole; its ledger row and light alone for the other member units
     * of its plan; an unknown item (404) for everyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ItemDetail detail(long itemId) {
        SupervisedItem item = items.load(itemId);
        ItemVisibility.Standing standing = items.standing(item);
        return switch (standing) {
            case FULL -> new ItemDetail(item, standing, reports.ofItem(itemId), reports.contributions(itemId),
                    reports.extensions(itemId), reports.notices(itemId), reports.evidence(itemId), audit.itemTimeline(itemId));
            case LEDGER -> new ItemDetail(ItemVisibility.ledgerView(item), standing, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            case NONE -> throw SupervisedItemService.unknown(itemId);
        };
    }


    private static ReportStatus reportStatus(String value) {
        try {
            return ReportStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw SupervisionProblem.STATUS_INVALID.at(SupervisionFields.STATUS);
        }
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw SupervisionProblem.TOO_LONG.at(field, field, MAX_TEXT);
        }
        return value.strip();
    }

    private static String comment(String comment) {
        return SupervisedItemService.required(SupervisionProblem.COMMENT_REQUIRED, SupervisionFields.COMMENT, comment,
                MAX_TEXT);
    }

    private static String text(String text) {
        return SupervisedItemService.required(SupervisionProblem.TEXT_REQUIRED, SupervisionFields.TEXT, text, MAX_TEXT);
    }
}
