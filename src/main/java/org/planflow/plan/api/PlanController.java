package org.planflow.plan.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.audit.AuditEntry;
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionDecision;
import org.planflow.consultation.OpinionKind;
import org.planflow.plan.Attachment;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanApprovalService;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanImportService;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanAttachmentService;
import org.planflow.plan.PlanRevisionService;
import org.planflow.plan.PlanService;
import org.planflow.plan.ResponsibleLeaderService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanSummary;
import org.planflow.plan.Revision;
import org.planflow.plan.RevisionComparison;
import org.planflow.plan.UnitRef;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Drafting, revisions, attachments, opinions and the timeline of plans")
class PlanController {

    private final PlanService plans;
    private final PlanListService list;
    private final PlanRevisionService revisions;
    private final PlanAttachmentService attachments;
    private final ResponsibleLeaderService leaders;
    private final PlanApprovalService approval;
    private final PlanImportService imports;
    private final Downloads downloads;

    PlanController(PlanService plans, PlanListService list, PlanRevisionService revisions, PlanAttachmentService attachments,
                   ResponsibleLeaderService leaders, PlanApprovalService approval, PlanImportService imports, Downloads downloads) {
        this.revisions = revisions;
        this.attachments = attachments;
        this.leaders = leaders;
        this.imports = imports;
        this.downloads = downloads;
        this.plans = plans;
        this.list = list;
        this.approval = approval;
    }

    @PostMapping
    @Operation(summary = "A new draft {title, type, docNumber, sections, items}; starts its approval process (DRAFTER)")
    ResponseEntity<Plan> create(@RequestBody PlanDraft draft) {
        Plan plan = plans.create(draft);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "A new draft from a .docx or .txt document (multipart 'file'): title, sections split on the outline "
            + "numbering, proposed breakdown items from responsibility notes; unmatched unit names are listed in warnings "
            + "(each a code, its values and the English message). A file that cannot be imported is refused with 400, "
            + "its 'code' (NO_FILE_NAME, UNSUPPORTED_TYPE, EMPTY, NOT_TEXT for binary data, NOT_DOCX, OLD_WORD_FORMAT, NO_TEXT) "
            + "and 'values' for wording it in any language; 413 over the upload limit")
    ResponseEntity<Plan> importDocument(@RequestParam(PlanFields.FILE) MultipartFile file) throws IOException {
        Plan plan = imports.importDocument(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/{id}/breakdown.xlsx")
    @Operation(summary = "The breakdown table as an .xlsx workbook")
    ResponseEntity<byte[]> exportBreakdown(@PathVariable long id) {
        byte[] workbook = imports.exportBreakdown(id);
        return downloads.file(FileDownloaded.ofPlan(id, "breakdown", PlanImportService.breakdownFileName(id)), Downloads.XLSX, workbook);
    }

    @PostMapping(path = "/{id}/breakdown", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the breakdown table from an .xlsx workbook (multipart 'file'); "
            + "any bad row refuses the whole file with every bad row listed in 'errors' (row, column, code, values, problem)")
    Plan importBreakdown(@PathVariable long id, @RequestParam(PlanFields.FILE) MultipartFile file) throws IOException {
        return imports.importBreakdown(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping
    @Operation(summary = "Plans: scope MINE (drafted by me), UNIT (my unit's) or ALL (leaders, supervisors, office, admin); "
            + "filter by title text, status and lead unit; newest first")
    PageOf<PlanSummary> search(@RequestParam(defaultValue = "MINE") PlanQuery.Scope scope,
                               @RequestParam(required = false) String q, @RequestParam(required = false) PlanStatus status,
                               @RequestParam(required = false) String leadUnit, PageRequest page) {
        return list.search(new PlanQuery(scope, q, status, leadUnit), page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The plan with its sections, breakdown items and attachments; a recipient unit's first "
            + "opening is recorded as read (已阅)")
    Plan plan(@PathVariable long id) {
        return plans.open(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save new content as the next revision; only while DRAFTING or CONSOLIDATING (409 otherwise); "
            + "send the revision you edited to be warned of concurrent saves; office {code} and leadingGroup {name, leader, "
            + "deputies, units} replace the plan's when given (a blank office code removes it)")
    Plan update(@PathVariable long id, @RequestBody PlanDraft draft) {
        return plans.update(id, draft);
    }

    @PutMapping("/{id}/responsible-leader")
    @Operation(summary = "Name the plan's responsible leader (分管领导) {leader: username of an enabled LEADER, or null}: "
            + "ADMIN or a drafter of the lead unit; its supervised items escalate to them")
    Plan nameResponsibleLeader(@PathVariable long id, @RequestBody LeaderBody body) {
        return leaders.nameResponsibleLeader(id, body.leader());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw (撤回) a submission that nobody has acted on yet; 409 otherwise")
    Plan withdraw(@PathVariable long id) {
        approval.withdraw(id);
        return plans.get(id);
    }

    @GetMapping("/{id}/opinions")
    @Operation(summary = "Consultation opinions of all rounds with the drafter's decisions and reasons: every one for the lead "
            + "department and the district, a consulted unit's own for it, none for other readers")
    PageOf<OpinionView> opinions(@PathVariable long id, PageRequest page) {
        return plans.opinions(id, page).map(OpinionView::of);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The plan's business events, oldest first: who, when, what, outcome, comment; each as the caller may "
            + "see it (docs/security.md, \"Who may see what\"): rows of other units' parts dropped, texts kept from those "
            + "who may only know that a step happened")
    PageOf<TimelineEntry> timeline(@PathVariable long id, PageRequest page) {
        return plans.timeline(id, page).map(TimelineEntry::of);
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Saved revisions, newest first (the lead department and the district; 403 for other readers)")
    PageOf<Revision> revisions(@PathVariable long id, PageRequest page) {
        return revisions.revisions(id, page);
    }

    @GetMapping("/{id}/revisions/compare")
    @Operation(summary = "Two revisions side by side, changes marked with <del>/<ins>")
    RevisionComparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return revisions.compare(id, from, to);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (multipart 'file'); 413 over the size limit")
    AttachmentInfo attach(@PathVariable long id, @RequestParam(PlanFields.FILE) MultipartFile file) throws IOException {
        return attachments.addAttachment(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment attachment = attachments.attachment(id, attachmentId);
        return downloads.file(FileDownloaded.ofPlan(id, "attachment:" + attachmentId, attachment.info().fileName()),
                attachment.info().contentType(), attachment.content());
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.removeAttachment(id, attachmentId);
    }

    record LeaderBody(String leader) {
    }

    record OpinionView(long id, int round, UnitRef unit, OpinionKind kind, String section, String text, String author,
                       Instant created, OpinionDecision decision, String reason, String decidedBy, Instant decidedAt) {

        static OpinionView of(Opinion opinion) {
            return new OpinionView(opinion.id(), opinion.round(), new UnitRef(opinion.unitCode(), opinion.unitName()),
                    opinion.kind(), opinion.section(), opinion.text(), opinion.author(), opinion.created(),
                    opinion.decision(), opinion.reason(), opinion.decidedBy(), opinion.decidedAt());
        }
    }

    record TimelineEntry(Instant when, String who, String whoName, String what, String outcome, String comment,
                         String details) {

        static TimelineEntry of(AuditEntry entry) {
            return new TimelineEntry(entry.at(), entry.actor(), entry.actorName(), entry.action(), entry.outcome(),
                    entry.comment(), entry.details());
        }
    }
}
