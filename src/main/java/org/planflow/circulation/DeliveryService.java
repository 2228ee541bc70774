package org.planflow.circulation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.persistence.DeliveryRepository;
import org.planflow.notification.Notice;
import org.planflow.notification.NoticeKind;
import org.planflow.notification.Notices;
import org.planflow.notification.NotificationService;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOpened;
import org.planflow.plan.PlanReader;
import org.planflow.plan.PlanService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries of issued plans: read receipts, acknowledgement or refusal by the recipient unit,
 * the office's re-routing of refusals, deadlines passing, urging late units, and the tracking
 * figures. Every change is in the plan's timeline.
 */
@Service
@Transactional
public class DeliveryService {

    public static final int MAX_TEXT = 2000;

    private final DeliveryRepository deliveries;
    private final IssuanceService issuances;
    private final PlanService plans;
    private final OrganizationService organization;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Notices notices;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;

    public DeliveryService(DeliveryRepository deliveries, IssuanceService issuances, PlanService plans,
                           OrganizationService organization, AuditService audit, NotificationService notifications,
                           Notices notices, Deadlines deadlines, PlanFlowClock clock) {
        this.deliveries = deliveries;
        this.issuances = issuances;
        this.plans = plans;
        this.organization = organization;
        this.audit = audit;
        this.notifications = notifications;
        this.notices = notices;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The first opening of a delivered plan by the recipient unit is its read receipt (已阅). */
    @EventListener
    @PreAuthorize("permitAll()")
    public void onPlanOpened(PlanOpened opened) {
        List<Long> read = deliveries.markRead(opened.planId(), opened.unitCode(), opened.username(), clock.instant());
        if (!read.isEmpty()) {
            audit.recordAs(opened.username(), AuditRecord.of(opened.planId(), CirculationAction.DELIVERY_READ.name())
                    .withDetails(opened.unitCode()).withUnit(opened.unitCode()));
        }
    }

    /** The recipient unit acknowledges (签收); the caller's right to the task was checked by the inbox. */
    @PreAuthorize("permitAll()")
    public void acknowledge(long deliveryId, String username, String taskId) {
        Delivery delivery = requireOpen(deliveryId);
        Instant now = clock.instant();
        deliveries.answer(deliveryId, DeliveryStatus.ACKNOWLEDGED, username, now, now.isAfter(delivery.due()), null);
        audit.recordAs(username, AuditRecord.of(delivery.planId(), CirculationAction.ACKNOWLEDGED.name())
                .withOutcome(Outcome.ACKNOWLEDGE.value()).withDetails(delivery.unit().code()).withUnit(delivery.unit().code())
                .withTask(taskId));
    }

    /** The recipient unit refuses (拒签) as the wrong recipient; the reason is required. */
    @PreAuthorize("permitAll()")
    public void refuse(long deliveryId, String username, String reason, String taskId) {
        String text = required(CirculationFields.REASON, reason, CirculationProblem.REASON_REQUIRED, CirculationProblem.REASON_TOO_LONG);
        Delivery delivery = requireOpen(deliveryId);
        Instant now = clock.instant();
        deliveries.answer(deliveryId, DeliveryStatus.REFUSED, username, now, now.isAfter(delivery.due()), text);
        audit.recordAs(username, AuditRecord.of(delivery.planId(), CirculationAction.REFUSED.name())
                .withOutcome(Outcome.REFUSE.value()).withComment(text).withDetails(delivery.unit().code())
                .withUnit(delivery.unit().code()).withTask(taskId));
    }

    /** The office sends a refused plan to the right unit instead; the new delivery follows from the process. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public void reroute(long deliveryId, String unitCode, String taskId) {
        Delivery refused = load(deliveryId);
        if (unitCode == null || unitCode.isBlank()) {
            throw CirculationProblem.UNIT_REQUIRED.at(CirculationFields.UNIT);
        }
        String unit = organization.units().stream().filter(u -> u.code().equals(unitCode.strip())).findFirst()
                .orElseThrow(() -> CirculationProblem.UNIT_UNKNOWN.at(CirculationFields.UNIT, unitCode))
                .code();
        if (unit.equals(refused.unit().code())) {
            throw CirculationProblem.UNIT_REFUSED.at(CirculationFields.UNIT);
        }
        if (deliveries.deliveredTo(refused.planId(), unit)) {
            throw CirculationProblem.UNIT_HAS_PLAN.at(CirculationFields.UNIT, unit);
        }
        deliveries.reroutedTo(deliveryId, unit);
        audit.record(AuditRecord.of(refused.planId(), CirculationAction.REROUTED.name())
                .withDetails(refused.unit().code() + " → " + unit).withUnit(refused.unit().code()).withTask(taskId));
    }

    /** The office closes a refusal without sending the plan on, saying why. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public void closeRefusal(long deliveryId, String comment, String taskId) {
        String text = required(CirculationFields.COMMENT, comment, CirculationProblem.COMMENT_REQUIRED, CirculationProblem.COMMENT_TOO_LONG);
        Delivery refused = load(deliveryId);
        deliveries.closeRefusal(deliveryId, text);
        audit.record(AuditRecord.of(refused.planId(), CirculationAction.REFUSAL_CLOSED.name()).withComment(text)
                .withDetails(refused.unit().code()).withUnit(refused.unit().code()).withTask(taskId));
    }

    /** A fresh delivery to the unit a refusal was re-routed to, due in the issuance's working days from today. */
    @PreAuthorize("permitAll()")
    public DeliveryStart redeliver(long refusedId) {
        Delivery refused = load(refusedId);
        if (refused.reroutedTo() == null) {
            throw new IllegalStateException("Delivery " + refusedId + " was not re-routed");
        }
        Issuance issuance = issuances.load(deliveries.issuanceOf(refusedId));
        Instant due = deadlines.workingDaysFromNow(issuance.ackWorkingDays()).toInstant();
        String unit = refused.reroutedTo().code();
        long id = deliveries.insertAll(issuance.id(), refused.planId(), List.of(unit), due, clock.instant(), refusedId).get(0);
        plans.grantReaders(refused.planId(), List.of(unit));
        return new DeliveryStart(id, refused.planId(), refused.planTitle(), unit, due);
    }

    /** The deadline passed without an answer: the delivery is OVERDUE; its task stays open. */
    @PreAuthorize("permitAll()")
    public void markOverdue(long deliveryId) {
        Delivery delivery = load(deliveryId);
        if (delivery.status() == DeliveryStatus.PENDING || delivery.status() == DeliveryStatus.READ) {
            deliveries.markOverdue(deliveryId);
            audit.recordAs(AuditService.SYSTEM, AuditRecord.of(delivery.planId(), CirculationAction.DELIVERY_OVERDUE.name())
                    .withDetails(delivery.unit().code()).withUnit(delivery.unit().code()));
        }
    }

    /** Urges every unit whose delivery is overdue, one notice each; returns how many were urged. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public int urgeLate(long planId) {
        Plan plan = plans.get(planId);
        List<Delivery> late = deliveries.ofPlan(planId).stream().filter(d -> d.status() == DeliveryStatus.OVERDUE).toList();
        for (Delivery delivery : late) {
            notifications.send(new Notice(NoticeKind.URGE, notices.text("notice.ackUrge.title", plan.title()),
                    notices.text("notice.ackUrge.body", plan.docNumber(), notices.planLine(plan.title(), delivery.due())),
                    "plan/" + planId, null, planId), List.of(Groups.ofUnit(delivery.unit().code())), List.of());
            audit.record(AuditRecord.of(planId, CirculationAction.ACK_URGED.name()).withDetails(delivery.unit().code())
                    .withUnit(delivery.unit().code()));
        }
        return late.size();
    }

    /**
     * The plan's issuance and the totals for its readers, with one page of the deliveries: every one for the lead
     * department and the district, its own for a recipient unit.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Acknowledgements acknowledgements(long planId, PageRequest page) {
        return new Acknowledgements(issuances.issuance(planId).orElse(null), totals(planId), deliveries(planId, null, page));
    }

    /** The figures on top of the plan's 签收情况, for every reader of the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AcknowledgementTotals totals(long planId) {
        plans.get(planId);
        return AcknowledgementTotals.of(deliveries.statusCounts(planId));
    }

    /** One page of the plan's deliveries the caller may see (as {@link #acknowledgements}), of one status or (null) any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<Delivery> deliveries(long planId, DeliveryStatus status, PageRequest page) {
        PlanReader reader = plans.reader(plans.get(planId));
        if (!reader.drafting() && reader.unit() == null) {
            return PageOf.of(List.of(), page, 0);
        }
        String unit = reader.drafting() ? null : reader.unit();
        return PageOf.of(deliveries.ofPlan(planId, unit, status, page.offset(), page.size()), page,
                deliveries.countOfPlan(planId, unit, status));
    }

    /** The unit's latest refusal of the plan still waiting for the office to re-route or close it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public Optional<Delivery> openRefusal(long planId, String unit) {
        return deliveries.openRefusal(planId, unit);
    }

    /** Plans delivered to the caller's unit: not read yet (待阅) or read (已阅), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<Delivery> ofMyUnit(boolean read, PageRequest page) {
        String unit = myUnit();
        return PageOf.of(deliveries.ofUnit(unit, read, page.offset(), page.size()), page, deliveries.countOfUnit(unit, read));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Delivery load(long deliveryId) {
        return deliveries.find(deliveryId).orElseThrow(() -> new NotFoundException("No delivery " + deliveryId));
    }

    private Delivery requireOpen(long deliveryId) {
        Delivery delivery = deliveries.lock(deliveryId).orElseThrow(() -> new NotFoundException("No delivery " + deliveryId));
        if (!delivery.status().open()) {
            throw CirculationProblem.DELIVERY_ANSWERED.at(null, delivery.unit().name(), delivery.status());
        }
        return delivery;
    }

    private String myUnit() {
        return organization.user(CurrentUser.require()).unit().code();
    }

    private static String required(String field, String value, CirculationProblem missing, CirculationProblem tooLong) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw missing.at(field);
        }
        if (text.length() > MAX_TEXT) {
            throw tooLong.at(field, MAX_TEXT);
        }
        return text;
    }
}
