package org.planflow.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.Opinion;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.plan.persistence.PlanRevisionRepository;
import org.planflow.plan.process.PlanApprovalEngine;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's content: creating a draft (which starts its approval process), reading, editing while
 * drafting or consolidating (every save is a revision), the consultation opinions and the timeline; the
 * plan list is {@link PlanListService}'s, revisions {@link PlanRevisionService}'s, attachments
 * {@link PlanAttachmentService}'s. Who reads what is {@link PlanVisibility}'s: readers are the lead unit, the units consulted
 * on it or delivered it, and the district's leaders, supervisors, office clerks and administrators; a plan the caller
 * may not read answers as unknown. Editors are the lead unit's drafters.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    public static final String DEFAULT_TYPE = "实施方案";
    public static final int MAX_TITLE = 300;
    public static final int MAX_TYPE = 40;
    public static final int MAX_DOC_NUMBER = 100;
    public static final int MAX_NOTE = 300;
    public static final int MAX_OUTLINE = 20;
    public static final int MAX_HEADING = 500;
    public static final int MAX_CATEGORY = 300;
    public static final int MAX_MILESTONE = 500;
    public static final int MAX_TARGET_NAME = 200;
    public static final int MAX_UNIT_NAME = 200;

    private final PlanRepository repository;
    private final PlanRevisionRepository revisions;
    private final OrganizationService organization;
    private final AuditService audit;
    private final PlanApprovalEngine engine;
    private final PlanFlowClock clock;
    private final ObjectMapper json;
    private final DraftRules rules;
    private final ApplicationEventPublisher events;
    private final PlanVisibility visibility;
    private final PlanTimeline timelines;
    private final ConsultationService consultation;
    private final PlanOffices offices;

    public PlanService(PlanRepository repository, PlanRevisionRepository revisions, OrganizationService organization,
                       AuditService audit, PlanApprovalEngine engine, PlanFlowClock clock, ObjectMapper json,
                       ApplicationEventPublisher events, DraftRules rules, PlanVisibility visibility, PlanTimeline timelines,
                       ConsultationService consultation, PlanOffices offices) {
        this.offices = offices;
        this.visibility = visibility;
        this.timelines = timelines;
        this.consultation = consultation;
        this.events = events;
        this.repository = repository;
        this.revisions = revisions;
        this.organization = organization;
        this.audit = audit;
        this.engine = engine;
        this.clock = clock;
        this.json = json;
        this.rules = rules;
    }

    /** A new draft by the caller for the caller's unit; its approval process starts at once. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan create(PlanDraft draft) {
        return create(draft, List.of(), PlanAction.CREATED, null);
    }

    /**
     * A new draft by the caller for the caller's unit as its own plan for the parent plan (配套方案); the sub-plan feature
     * checks first that the unit was asked for one. Approved, it waits to be filed instead of being issued.
     */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan createSubPlan(long parentPlanId, PlanDraft draft) {
        return create(draft, List.of(), PlanAction.CREATED, load(parentPlanId).id());
    }

    /** The same for a draft read from a document, with what the import could not resolve. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan createImported(PlanDraft draft, List<ImportWarning> warnings, String fileName) {
        return createImported(draft, warnings, fileName, null);
    }

    /** The same as a sub-plan of the parent plan when one is given (see {@link #createSubPlan}). */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan createImported(PlanDraft draft, List<ImportWarning> warnings, String fileName, Long parentPlanId) {
        return create(draft, warnings, PlanAction.IMPORTED, parentPlanId == null ? null : load(parentPlanId).id());
    }

    private Plan create(PlanDraft draft, List<ImportWarning> warnings, PlanAction action, Long parentPlanId) {
        UserAccount drafter = organization.user(CurrentUser.require());
        PlanDraft clean = rules.validate(draft);
        Instant now = clock.instant();
        long id = repository.insert(clean.title(), clean.type(), clean.docNumber(), drafter.unit().code(),
                drafter.username(), warnings, parentPlanId, now);
        repository.replaceContent(id, clean.sections(), clean.items());
        offices.apply(id, clean.office(), clean.leadingGroup());
        repository.setSchedule(id, clean.period(), clean.cadence(), clean.reportDueDays());
        repository.updateHeader(id, clean.title(), clean.type(), clean.docNumber(), 1, now);
        revisions.insert(id, 1, drafter.username(), note(clean.note(), action), snapshot(clean), now);
        audit.record(AuditRecord.of(id, action.name()).withDetails(clean.title()));
        repository.setProcessInstance(id, engine.start(id, businessKey(id), clean.title(), drafter.unit().code(),
                drafter.username(), parentPlanId));
        return load(id);
    }

    /**
     * The plan, if the caller may know it exists; otherwise it answers as an unknown plan would (404). Its import's
     * warnings are left out for readers other than the drafting side ({@link PlanVisibility#seesWarnings}).
     */
    public Plan get(long id) {
        Plan plan = load(id);
        PlanReader reader = reader(plan);
        if (!reader.mayRead()) {
            throw unknown(id);
        }
        return visibility.seesWarnings(plan, reader) ? plan : plan.withoutWarnings();
    }

    /** The caller's standing towards a plan they read. */
    public PlanReader reader(Plan plan) {
        return visibility.standing(plan);
    }

    /** Consultation opinions of every round with the drafter's answers, as far as the caller may see them. */
    public List<Opinion> opinions(long id) {
        Plan plan = get(id);
        return visibility.opinions(reader(plan), consultation.opinions(id));
    }

    /** One page of the opinions the caller may see (as {@link #opinions(long)}), oldest round first, with their total. */
    public PageOf<Opinion> opinions(long id, PageRequest page) {
        PlanReader reader = reader(get(id));
        if (!reader.drafting() && reader.unit() == null) {
            return PageOf.of(List.of(), page, 0);
        }
        return consultation.opinions(id, reader.drafting() ? null : reader.unit(), page);
    }

    /**
     * The plan, opened by a reader: the same as {@link #get}, and the opening is announced
     * ({@link PlanOpened}), so a delivery to the reader's unit is marked as read (已阅).
     */
    @Transactional
    public Plan open(long id) {
        Plan plan = get(id);
        String username = CurrentUser.require();
        events.publishEvent(new PlanOpened(id, username, organization.user(username).unit().code()));
        return plan;
    }

    /** Whether the caller may edit the plan now: a drafter of the lead unit, while drafting or consolidating. */
    public boolean mayEdit(Plan plan) {
        return plan.status().editable() && isLeadDrafter(plan);
    }

    /** Saves new content as the next revision; refused outside drafting and consolidation. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan update(long id, PlanDraft draft) {
        PlanStatus status = repository.lockStatus(id).orElseThrow(() -> unknown(id));
        Plan plan = get(id);
        if (!isLeadDrafter(plan)) {
            throw new AccessDeniedException("only the drafters of the plan's lead department edit it");
        }
        if (!status.editable()) {
            throw PlanProblem.NOT_EDITABLE.at(null, status);
        }
        if (draft.revision() != null && draft.revision() != plan.revision()) {
            throw PlanProblem.REVISION_STALE.at(null, plan.revision(), draft.revision());
        }
        PlanDraft clean = rules.validate(draft);
        Instant now = clock.instant();
        int revision = plan.revision() + 1;
        repository.updateHeader(id, clean.title(), clean.type(), clean.docNumber(), revision, now);
        repository.replaceContent(id, clean.sections(), clean.items());
        offices.apply(id, clean.office(), clean.leadingGroup());
        repository.setSchedule(id, givenElse(clean.period(), plan.period()), givenElse(clean.cadence(), plan.cadence()),
                givenElse(clean.reportDueDays(), plan.reportDueDays()));
        revisions.insert(id, revision, CurrentUser.require(), note(clean.note(), PlanAction.REVISED), snapshot(clean), now);
        audit.record(AuditRecord.of(id, PlanAction.REVISED.name()).withOutcome(String.valueOf(revision)).withComment(clean.note()));
        return load(id);
    }

    /**
     * Checks one breakdown row as saving would, before it joins the table at {@code index} (the editor's row dialog):
     * the row as it would be stored, or the refusal naming its field (items[2].milestones[1].due).
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public BreakdownItem checkItem(int index, BreakdownItem item) {
        return rules.item(index, item);
    }

    /** Replaces only the breakdown table, e.g. from an .xlsx import; a revision like any save. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan replaceItems(long id, List<BreakdownItem> items, String note) {
        Plan plan = get(id);
        return update(id, new PlanDraft(plan.title(), plan.type(), plan.docNumber(), plan.sections(), items, null, note));
    }

    /** The plan's events, oldest first, each as the caller may see it (docs/security.md, "Who may see what"). */
    public List<AuditEntry> timeline(long id) {
        Plan plan = get(id);
        return timelines.visible(plan, reader(plan), audit.timeline(id));
    }

    /** One page of the plan's timeline as the caller may see it (as {@link #timeline(long)}), oldest first, with its total. */
    public PageOf<AuditEntry> timeline(long id, PageRequest page) {
        Plan plan = get(id);
        return timelines.page(plan, reader(plan), page);
    }

    /** The plan for the system itself (process delegates, with nobody logged in). */
    @PreAuthorize("permitAll()")
    public Plan load(long id) {
        return repository.find(id).orElseThrow(() -> unknown(id));
    }

    /** Moves the plan to the status of the process step it entered; called by the approval process. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void enterStatus(long id, PlanStatus status) {
        PlanStatus current = repository.lockStatus(id).orElseThrow(() -> unknown(id));
        if (current != status) {
            repository.setStatus(id, status, clock.instant());
            audit.record(AuditRecord.of(id, PlanAction.STATUS.name()).withOutcome(status.name()));
            events.publishEvent(new PlanStatusChanged(id, status));
        }
    }

    /** The sub-plans (配套方案) written for the plan, oldest first, for the system to choose from. */
    @PreAuthorize("permitAll()")
    public List<Plan> subPlans(long parentPlanId) {
        return repository.subPlanIds(parentPlanId).stream().map(this::load).toList();
    }

    /**
     * An approved sub-plan the parent plan's office returned goes back to its drafter: its approval starts again at the
     * draft, so the unit revises it, passes its own review and leader again, and submits it anew.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void reopenSubPlan(long id, String comment) {
        PlanStatus status = repository.lockStatus(id).orElseThrow(() -> unknown(id));
        Plan plan = load(id);
        if (!plan.subPlan() || status != PlanStatus.APPROVED) {
            throw new IllegalStateException("Plan " + id + " is no approved sub-plan but " + status);
        }
        audit.record(AuditRecord.of(id, PlanAction.REOPENED_FOR_REVISION.name()).withComment(comment));
        repository.setProcessInstance(id, engine.start(id, businessKey(id), plan.title(), plan.leadUnit().code(), plan.drafter(),
                plan.parentPlanId()));
    }

    /** Lets these units read the plan, e.g. the recipients of its issuance; called by the system. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void grantReaders(long id, Collection<String> units) {
        repository.addReaders(id, units);
    }

    /** The plan's document number (文号) once it is issued; shown everywhere the plan is. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordDocNumber(long id, String docNumber) {
        repository.setDocNumber(id, docNumber, clock.instant());
    }

    public static String businessKey(long planId) {
        return "plan-" + planId;
    }

    /** The plan if the caller may change it now; 403 for others, 409 outside drafting and consolidation. */
    public Plan requireEditable(long id) {
        Plan plan = get(id);
        if (!isLeadDrafter(plan)) {
            throw new AccessDeniedException("only the drafters of the plan's lead department change it");
        }
        if (!plan.status().editable()) {
            throw PlanProblem.NOT_EDITABLE.at(null, plan.status());
        }
        return plan;
    }

    boolean isLeadDrafter(Plan plan) {
        if (!CurrentUser.hasRole(Roles.DRAFTER)) {
            return false;
        }
        return organization.user(CurrentUser.require()).unit().code().equals(plan.leadUnit().code());
    }

    private String snapshot(PlanDraft draft) {
        try {
            return json.writeValueAsString(new PlanDraft(draft.title(), draft.type(), draft.docNumber(), draft.sections(),
                    draft.items(), null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String note(String note, PlanAction action) {
        return note != null && !note.isBlank() ? note : action.name();
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("No plan " + id);
    }

    private static <T> T givenElse(T given, T current) {
        return given != null ? given : current;
    }
}
