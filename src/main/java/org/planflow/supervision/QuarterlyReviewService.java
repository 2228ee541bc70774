package org.planflow.supervision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.circulation.Bulletin;
import org.planflow.circulation.BulletinRequest;
import org.planflow.circulation.BulletinService;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.persistence.ReviewRepository;
import org.planflow.supervision.process.QuarterlyReviewEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly review (季度通报) of a plan under supervision: started at each quarter's end or on
 * demand, the report compiled from the items and their reports, edited by the supervision office,
 * approved or returned by a leader, then circulated to the plan's member units as a bulletin. The
 * joint meeting (联席会议) of the quarter is recorded on the review; its decisions become items.
 */
@Service
@Transactional
@EnableConfigurationProperties(QuarterlyReviewProperties.class)
public class QuarterlyReviewService {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_DECISIONS = 50;

    private final ReviewRepository reviews;
    private final QuarterlyReviewEngine engine;
    private final SupervisedItemService items;
    private final ItemSearchService search;
    private final ItemAssignmentService assignments;
    private final PlanService plans;
    private final BulletinService bulletins;
    private final OrganizationService organization;
    private final AuditService audit;
    private final QuarterlyReviewProperties properties;
    private final PlanFlowClock clock;
    private final ItemVisibility visibility;
    private final PlanOffices offices;

    public QuarterlyReviewService(ReviewRepository reviews, QuarterlyReviewEngine engine, SupervisedItemService items,
                                  ItemSearchService search, ItemAssignmentService assignments, PlanService plans, BulletinService bulletins, OrganizationService organization,
                                  AuditService audit, QuarterlyReviewProperties properties, PlanFlowClock clock,
                                  ItemVisibility visibility, PlanOffices offices) {
        this.offices = offices;
        this.visibility = visibility;
        this.reviews = reviews;
        this.engine = engine;
        this.items = items;
        this.search = search;
        this.assignments = assignments;
        this.plans = plans;
        this.bulletins = bulletins;
        this.organization = organization;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the caller does the plan's office work: its reviews and meetings. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean runsOffice(long planId) {
        return offices.runsOffice(planId);
    }

    /** The supervision office starts a plan's review of a quarter that has begun, e.g. before the joint meeting. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public QuarterlyReview start(long planId, String period) {
        offices.requireOffice(planId);
        Quarter quarter = Quarter.parse(period);
        if (quarter.start().isAfter(items.today())) {
            throw SupervisionProblem.PERIOD_NOT_BEGUN.at(SupervisionFields.PERIOD, quarter);
        }
        Plan plan = plans.get(planId);
        if (search.ofPlan(planId).isEmpty()) {
            throw SupervisionProblem.NOTHING_TO_REVIEW.at(null, plan.title());
        }
        reviews.find(planId, quarter.name()).ifPresent(existing -> {
            throw SupervisionProblem.REVIEW_EXISTS.at(null, quarter, existing.id());
        });
        return begin(plan, quarter, CurrentUser.require());
    }

    /** At a quarter's end: a review of the quarter just ended for every plan with open items; returns how many began. */
    @PreAuthorize("permitAll()")
    public int startDue() {
        Quarter quarter = Quarter.lastEndedBefore(items.today());
        List<Long> due = reviews.plansWithoutReview(quarter.name(), quarter.end());
        for (long planId : due) {
            begin(plans.load(planId), quarter, AuditService.SYSTEM);
        }
        return due.size();
    }

    private QuarterlyReview begin(Plan plan, Quarter quarter, String by) {
        long id = reviews.insert(plan.id(), quarter.name(), by, clock.instant());
        audit.recordAs(by, AuditRecord.of(plan.id(), SupervisionAction.REVIEW_STARTED.name()).withDetails(quarter.name()));
        reviews.setProcessInstance(id, engine.start(id, plan));
        return load(id);
    }

    /** The system's draft: progress item by item, what is late and whose, each unit's reporting so far this year. */
    @PreAuthorize("permitAll()")
    public void compile(long reviewId) {
        QuarterlyReview review = load(reviewId);
        Quarter quarter = Quarter.parse(review.period());
        String text = QuarterlyReportText.compile(review.planTitle(), quarter, reviews.itemLines(review.planId(), quarter.end()),
                reviews.unitLines(review.planId(), quarter.start().withDayOfYear(1), quarter.end(), clock.instant()));
        reviews.compiled(reviewId, text, clock.instant());
        audit.recordAs(AuditService.SYSTEM, AuditRecord.of(review.planId(), SupervisionAction.REVIEW_COMPILED.name())
                .withDetails(review.period()));
    }

    /** QUARTERLY_REPORT: the supervision office submits its text, and may give the units a reading deadline. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void submit(long reviewId, String text, Integer readWorkingDays, String taskId) {
        String report = SupervisedItemService.required(SupervisionProblem.REPORT_TEXT_REQUIRED, SupervisionFields.TEXT, text,
                MAX_TEXT);
        if (readWorkingDays != null && (readWorkingDays < 1 || readWorkingDays > BulletinService.MAX_READ_WORKING_DAYS)) {
            throw SupervisionProblem.READ_DAYS_INVALID.at(SupervisionFields.READ_WORKING_DAYS,
                    BulletinService.MAX_READ_WORKING_DAYS);
        }
        QuarterlyReview review = lockIn(reviewId, ReviewStatus.DRAFTING);
        offices.requireOffice(review.planId());
        reviews.submitted(reviewId, report, readWorkingDays, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(review.planId(), SupervisionAction.REVIEW_SUBMITTED.name())
                .withOutcome(Outcome.SUBMIT.value()).withDetails(review.period()).withTask(taskId));
    }

    /** APPROVE_QUARTERLY_REPORT: a leader approves the report, or returns it with what to change. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).LEADER)")
    public void decide(long reviewId, Outcome outcome, String comment, String taskId) {
        String text = comment == null ? "" : comment.strip();
        if (outcome == Outcome.RETURN && text.isEmpty()) {
            throw SupervisionProblem.RETURN_COMMENT_REQUIRED.at(SupervisionFields.COMMENT);
        }
        if (text.length() > ItemProgressService.MAX_TEXT) {
            throw SupervisionProblem.TOO_LONG.at(SupervisionFields.COMMENT, SupervisionFields.COMMENT,
                    ItemProgressService.MAX_TEXT);
        }
        QuarterlyReview review = lockIn(reviewId, ReviewStatus.APPROVAL);
        if (outcome == Outcome.RETURN) {
            reviews.returned(reviewId, text);
        } else {
            reviews.approved(reviewId, CurrentUser.require(), clock.instant());
        }
        audit.record(AuditRecord.of(review.planId(), SupervisionAction.REVIEW_DECIDED.name()).withOutcome(outcome.value())
                .withComment(text.isEmpty() ? null : text).withDetails(review.period()).withTask(taskId));
    }

    /** The approved report goes to every member unit of the plan as a bulletin (通报). */
    @PreAuthorize("permitAll()")
    public void circulate(long reviewId) {
        QuarterlyReview review = lockIn(reviewId, ReviewStatus.APPROVAL);
        Quarter quarter = Quarter.parse(review.period());
        String title = "关于《" + review.planTitle() + "》" + quarter.chinese() + "推进情况的通报";
        Bulletin bulletin = bulletins.publish(new BulletinRequest(review.planId(), SupervisionAction.REVIEW_CIRCULATED.name(),
                properties.prefix(), properties.issuer(), properties.mark(), title, properties.addressees(), review.reportText(),
                memberUnits(review.planId()), review.readWorkingDays()), review.approvedBy());
        reviews.circulated(reviewId, bulletin.id(), bulletin.docNumber());
        audit.recordAs(review.approvedBy(), AuditRecord.of(review.planId(), SupervisionAction.REVIEW_CIRCULATED.name())
                .withDetails(bulletin.docNumber()));
    }

    /** The plan's member units: its lead department and every lead and cooperating unit of its items. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> memberUnits(long planId) {
        return visibility.members(plans.load(planId));
    }

    /** The supervision office records the quarter's joint meeting; decisions that became items stay as they are. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public JointMeeting recordMeeting(long reviewId, MeetingRecord record) {
        QuarterlyReview review = load(reviewId);
        offices.requireOffice(review.planId());
        if (record.date() == null) {
            throw SupervisionProblem.MEETING_DATE_REQUIRED.at(SupervisionFields.DATE);
        }
        if (record.date().isAfter(items.today())) {
            throw SupervisionProblem.MEETING_DATE_FUTURE.at(SupervisionFields.DATE);
        }
        Set<String> known = new LinkedHashSet<>(organization.units().stream().map(OrgUnit::code).toList());
        List<String> attendees = new ArrayList<>(new LinkedHashSet<>(record.attendees()));
        if (attendees.isEmpty()) {
            throw SupervisionProblem.ATTENDEES_REQUIRED.at(SupervisionFields.ATTENDEES);
        }
        for (String unit : attendees) {
            if (!known.contains(unit)) {
                throw SupervisionProblem.ATTENDEE_UNKNOWN.at(SupervisionFields.ATTENDEES, unit);
            }
        }
        List<String> decisions = record.decisions().stream().map(text -> text == null ? "" : text.strip())
                .filter(text -> !text.isEmpty()).toList();
        if (decisions.size() > MAX_DECISIONS) {
            throw SupervisionProblem.DECISIONS_TOO_MANY.at(SupervisionFields.DECISIONS, MAX_DECISIONS);
        }
        for (String decision : decisions) {
            if (decision.length() > ItemProgressService.MAX_TEXT) {
                throw SupervisionProblem.TOO_LONG.at(SupervisionFields.DECISIONS, SupervisionFields.DECISIONS,
                        ItemProgressService.MAX_TEXT);
            }
        }
        reviews.meeting(reviewId).ifPresent(existing -> existing.decisions().stream().filter(decision -> decision.itemId() != null)
                .forEach(decision -> {
                    if (decision.position() > decisions.size() || !decisions.get(decision.position() - 1).equals(decision.text())) {
                        throw SupervisionProblem.DECISION_HAS_ITEM.at(null, decision.position(), decision.itemId());
                    }
                }));
        reviews.saveMeeting(reviewId, record.date(), attendees, decisions, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(review.planId(), SupervisionAction.MEETING_RECORDED.name())
                .withDetails(review.period() + " " + record.date() + " " + decisions.size()));
        return reviews.meeting(reviewId).orElseThrow();
    }

    /** 立项 from a meeting decision: an ad-hoc item of the plan, its title the decision's text unless given. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisedItem makeItem(long reviewId, int position, AdHocItem request) {
        QuarterlyReview review = load(reviewId);
        offices.requireOffice(review.planId());
        JointMeeting meeting = reviews.meeting(reviewId)
                .orElseThrow(() -> new NotFoundException("Review " + reviewId + " has no joint meeting recorded"));
        JointMeeting.Decision decision = meeting.decisions().stream().filter(found -> found.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("The meeting has no decision " + position));
        if (decision.itemId() != null) {
            throw SupervisionProblem.DECISION_IS_ITEM.at(null, position, decision.itemId());
        }
        String title = request.title() == null || request.title().isBlank() ? decision.text() : request.title();
        SupervisedItem item = assignments.createAdHoc(new AdHocItem(title, ItemSource.MEETING_DECISION.label(),
                "成员单位联席会议（" + meeting.date() + "）议定事项" + position, request.leadUnit(), request.coopUnits(),
                request.dueDate(), request.cadence(), request.leader()), plans.load(review.planId()));
        reviews.setDecisionItem(reviewId, position, item.id());
        audit.record(AuditRecord.of(review.planId(), SupervisionAction.DECISION_ITEM_CREATED.name()).withItem(item.id())
                .withDetails(review.period() + " #" + position));
        return item;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public QuarterlyReview get(long reviewId) {
        return readable(load(reviewId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public Optional<JointMeeting> meeting(long reviewId) {
        readable(load(reviewId));
        return reviews.meeting(reviewId);
    }

    /** Reviews newest first, of one plan or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public PageOf<QuarterlyReview> search(Long planId, PageRequest page) {
        // A plan's office sees the reviews of the plans it runs; the district's oversight sees all.
        String office = DistrictRoles.oversight() ? null : offices.callerOfficeUnit().orElse("");
        return PageOf.of(reviews.search(planId, office, page.offset(), page.size()), page, reviews.count(planId, office));
    }

    /** The review a task of its process belongs to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).LEADER, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public QuarterlyReview ofProcess(String processInstanceId) {
        return readable(reviews.findByProcess(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No quarterly review of process " + processInstanceId)));
    }

    /** A review is the district oversight's and its plan's office's; to anyone else it answers as unknown. */
    private QuarterlyReview readable(QuarterlyReview review) {
        if (!DistrictRoles.oversight() && !offices.runsOffice(review.planId())) {
            throw new NotFoundException("No quarterly review " + review.id());
        }
        return review;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public QuarterlyReview load(long reviewId) {
        return reviews.find(reviewId).orElseThrow(() -> new NotFoundException("No quarterly review " + reviewId));
    }

    /** The default period to start on demand: the quarter that ended last. */
    @PreAuthorize("permitAll()")
    public Quarter lastEndedQuarter() {
        return Quarter.lastEndedBefore(items.today());
    }

    private QuarterlyReview lockIn(long reviewId, ReviewStatus expected) {
        QuarterlyReview review = reviews.lock(reviewId).orElseThrow(() -> new NotFoundException("No quarterly review " + reviewId));
        if (review.status() != expected) {
            throw SupervisionProblem.REVIEW_MOVED_ON.at(null, review.period(), review.status(), expected);
        }
        return review;
    }
}
