package org.planflow.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.circulation.persistence.DeliveryRepository;
import org.planflow.circulation.persistence.DocNumberRepository;
import org.planflow.circulation.persistence.IssuanceRepository;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitType;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanSchedules;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.UnitRef;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing an approved plan: the clerk's choices are checked and stored (ISSUE task), then the
 * process takes the document number and delivers the plan to every recipient unit, all in the
 * transaction that completes the task.
 */
@Service
@Transactional
@EnableConfigurationProperties(CirculationProperties.class)
public class IssuanceService {

    public static final int MAX_ACK_WORKING_DAYS = 30;
    public static final int MAX_DAYS_BACK = 30;
    public static final int MAX_NOTICE_TEXT = 10_000;
    public static final int MAX_ADDRESSEES = 500;
    public static final int DEFAULT_SUB_PLAN_WORKING_DAYS = 20;
    public static final int MAX_SUB_PLAN_WORKING_DAYS = 60;

    private final PlanService plans;
    private final OrganizationService organization;
    private final IssuanceRepository issuances;
    private final DeliveryRepository deliveries;
    private final DocNumberRepository numbers;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final PlanFlowClock clock;
    private final CirculationProperties properties;
    private final PlanOffices offices;
    private final PlanSchedules schedules;
    private final ApplicationEventPublisher events;

    public IssuanceService(PlanService plans, OrganizationService organization, IssuanceRepository issuances,
                           DeliveryRepository deliveries, DocNumberRepository numbers, AuditService audit, Deadlines deadlines,
                           WorkingCalendar calendar, PlanFlowClock clock, CirculationProperties properties, PlanOffices offices,
                           PlanSchedules schedules, ApplicationEventPublisher events) {
        this.offices = offices;
        this.schedules = schedules;
        this.events = events;
        this.calendar = calendar;
        this.plans = plans;
        this.organization = organization;
        this.issuances = issuances;
        this.deliveries = deliveries;
        this.numbers = numbers;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Checks the clerk's issuance of an approved plan and stores it, not yet numbered; returns its id.
     * Nothing is stored when any field is wrong (400 names it).
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).OFFICE_CLERK)")
    public long prepare(long planId, IssueRequest request, String taskId) {
        Plan plan = plans.get(planId);
        if (plan.status() != PlanStatus.APPROVED) {
            throw CirculationProblem.PLAN_NOT_APPROVED.at(null, plan.status());
        }
        if (issuances.ofPlan(planId).isPresent()) {
            throw CirculationProblem.ALREADY_ISSUED.at(null);
        }
        DocumentType type = documentType(request.prefix());
        IssueForm form = IssueForm.of(request.form()).orElseThrow(() -> request.form() == null
                ? CirculationProblem.FORM_REQUIRED.at(CirculationFields.FORM)
                : CirculationProblem.FORM_UNKNOWN.at(CirculationFields.FORM, request.form()));
        List<String> units = resolveRecipients(request.recipients());
        LocalDate today = today();
        LocalDate issueDate = request.issueDate() == null ? today : request.issueDate();
        if (issueDate.isAfter(today) || issueDate.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw CirculationProblem.ISSUE_DATE_OUT_OF_RANGE.at(CirculationFields.ISSUE_DATE, MAX_DAYS_BACK, today);
        }
        int days = request.ackWorkingDays() == null ? properties.defaultAckWorkingDays() : request.ackWorkingDays();
        if (days < 1 || days > MAX_ACK_WORKING_DAYS) {
            throw CirculationProblem.ACK_DAYS_OUT_OF_RANGE.at(CirculationFields.ACK_WORKING_DAYS, MAX_ACK_WORKING_DAYS);
        }
        Instant due = deadlines.workingDaysAfter(issueDate, days).toInstant();
        if (!due.isAfter(clock.instant())) {
            throw CirculationProblem.ACK_DEADLINE_PASSED.at(CirculationFields.ACK_WORKING_DAYS, days, issueDate);
        }
        List<String> subPlanUnits = request.subPlanUnits().isEmpty() ? List.of() : resolveRecipients(request.subPlanUnits());
        subPlanUnits.stream().filter(unit -> !units.contains(unit)).findFirst().ifPresent(unit -> {
            throw CirculationProblem.SUB_PLAN_UNIT_NOT_RECIPIENT.at(CirculationFields.SUB_PLAN_UNITS, unit);
        });
        Integer subPlanDays = subPlanUnits.isEmpty() ? null
                : request.subPlanWorkingDays() == null ? DEFAULT_SUB_PLAN_WORKING_DAYS : request.subPlanWorkingDays();
        Instant subPlanDue = null;
        if (subPlanDays != null) {
            if (subPlanDays < 1 || subPlanDays > MAX_SUB_PLAN_WORKING_DAYS) {
                throw CirculationProblem.SUB_PLAN_DAYS_OUT_OF_RANGE.at(CirculationFields.SUB_PLAN_WORKING_DAYS, MAX_SUB_PLAN_WORKING_DAYS);
            }
            subPlanDue = deadlines.workingDaysAfter(issueDate, subPlanDays).toInstant();
            if (!subPlanDue.isAfter(clock.instant())) {
                throw CirculationProblem.SUB_PLAN_DEADLINE_PASSED.at(CirculationFields.SUB_PLAN_WORKING_DAYS, subPlanDays, issueDate);
            }
        }
        NoticeDraft template = noticeDraft(plan, form, request.recipients(), type);
        String addressees = text(CirculationFields.ADDRESSEES, request.addressees(), template.addressees(), MAX_ADDRESSEES,
                CirculationProblem.ADDRESSEES_TOO_LONG);
        String noticeText = text(CirculationFields.NOTICE_TEXT, request.noticeText(), template.text(), MAX_NOTICE_TEXT,
                CirculationProblem.NOTICE_TEXT_TOO_LONG);
        if (request.office() != null) {
            offices.nameAtIssuance(planId, request.office());
        }
        schedules.setAtIssuance(planId, request.period(), request.cadence(), request.reportDueDays(), request.dueDates(),
                issueDate);
        return issuances.insert(new Issuance(0, planId, type.prefix(), form, issueDate, request.recipients(), days, due,
                template.title(), addressees, noticeText, null, CurrentUser.require(), clock.instant(), subPlanUnits, subPlanDays,
                subPlanDue));
    }

    /** Takes the issuance's document number (文号) and gives it to the plan; called by the process. */
    @PreAuthorize("permitAll()")
    public String assignNumber(long issuanceId) {
        Issuance issuance = load(issuanceId);
        if (issuance.docNumber() != null) {
            return issuance.docNumber();
        }
        int year = issuance.issueDate().getYear();
        int number = numbers.take(issuance.prefix(), year);
        String docNumber = format(issuance.prefix(), year, number);
        issuances.setNumber(issuanceId, number, docNumber);
        plans.recordDocNumber(issuance.planId(), docNumber);
        return docNumber;
    }

    /** Delivers the plan to every recipient unit (one PENDING delivery each) and lets them read it. */
    @PreAuthorize("permitAll()")
    public List<DeliveryStart> deliver(long issuanceId) {
        Issuance issuance = load(issuanceId);
        Plan plan = plans.load(issuance.planId());
        List<String> units = resolveRecipients(issuance.recipients());
        List<Long> ids = deliveries.insertAll(issuanceId, plan.id(), units, issuance.ackDue(), clock.instant(), null);
        plans.grantReaders(plan.id(), units);
        audit.recordAs(issuance.issuedBy(), AuditRecord.of(plan.id(), CirculationAction.ISSUED.name())
                .withOutcome(issuance.docNumber()).withDetails(issuance.form().label() + " " + units.size() + ": "
                        + String.join(",", issuance.recipients())));
        if (!issuance.subPlanUnits().isEmpty()) {
            events.publishEvent(new SubplansRequired(plan.id(), issuance.subPlanUnits(), issuance.subPlanDue(), issuance.issuedBy()));
        }
        List<DeliveryStart> starts = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            starts.add(new DeliveryStart(ids.get(i), plan.id(), plan.title(), units.get(i), issuance.ackDue()));
        }
        return starts;
    }

    /** Remembers which acknowledgement process carries each delivery. */
    @PreAuthorize("permitAll()")
    public void recordProcesses(List<Long> deliveryIds, List<String> processInstanceIds) {
        deliveries.setProcessInstances(deliveryIds, processInstanceIds);
    }

    /** The covering notice as the template words it for these choices, for the clerk to edit. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NoticeDraft noticeDraft(long planId, String form, List<String> recipients, String prefix) {
        return noticeDraft(plans.get(planId), IssueForm.of(form).orElse(IssueForm.ISSUE), recipients, documentType(prefix));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Issuance> issuance(long planId) {
        plans.get(planId);
        return issuances.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Issuance load(long issuanceId) {
        return issuances.find(issuanceId).orElseThrow(() -> new NotFoundException("No issuance " + issuanceId));
    }

    /** Every group with its units now, so the clerk sees the counts before sending. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecipientGroupCount> recipientGroups() {
        List<OrgUnit> units = organization.units();
        return Arrays.stream(RecipientGroup.values()).map(group -> {
            List<UnitRef> members = units.stream().filter(unit -> unit.type() == group.unitType())
                    .map(unit -> new UnitRef(unit.code(), unit.name())).toList();
            return new RecipientGroupCount(group, members.size(), members);
        }).toList();
    }

    public List<DocumentType> documentTypes() {
        return properties.documentTypes();
    }

    /** The unit codes that groups and single units stand for, each once, in the district's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<String> resolveRecipients(List<String> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw CirculationProblem.RECIPIENTS_REQUIRED.at(CirculationFields.RECIPIENTS);
        }
        List<OrgUnit> district = organization.units();
        Map<String, OrgUnit> byCode = district.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        Set<String> chosen = new LinkedHashSet<>();
        Set<UnitType> types = new LinkedHashSet<>();
        for (String recipient : recipients) {
            Optional<RecipientGroup> group = RecipientGroup.of(recipient);
            if (group.isPresent()) {
                types.add(group.get().unitType());
            } else if (byCode.containsKey(recipient)) {
                chosen.add(recipient);
            } else {
                throw CirculationProblem.RECIPIENT_UNKNOWN.at(CirculationFields.RECIPIENTS, recipient);
            }
        }
        return district.stream().filter(unit -> types.contains(unit.type()) || chosen.contains(unit.code()))
                .map(OrgUnit::code).toList();
    }

    public static String format(String prefix, int year, int number) {
        return prefix + "〔" + year + "〕" + number + "号";
    }

    DocumentType documentType(String prefix) {
        return properties.documentTypes().stream().filter(type -> type.prefix().equals(prefix)).findFirst()
                .orElseThrow(() -> CirculationProblem.PREFIX_UNKNOWN.at(CirculationFields.PREFIX, prefix,
                        properties.documentTypes().stream().map(DocumentType::prefix).toList()));
    }

    private NoticeDraft noticeDraft(Plan plan, IssueForm form, List<String> recipients, DocumentType type) {
        String forwarded = form == IssueForm.FORWARD ? plan.leadUnit().name() + "拟定的" : "";
        String title = "关于" + form.label() + forwarded + plan.title() + "的通知";
        String text = forwarded + "《" + plan.title() + "》已经" + properties.approvingAuthority() + "同意，现" + form.label()
                + "给你们，请认真贯彻执行。";
        return new NoticeDraft(title, Addressees.of(recipients, organization.units(), MAX_ADDRESSEES), text, type.issuer());
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    private static String text(String field, String given, String fallback, int max, CirculationProblem tooLong) {
        String value = given == null || given.isBlank() ? fallback : given.strip();
        if (value.length() > max) {
            throw tooLong.at(field, max);
        }
        return value;
    }
}
