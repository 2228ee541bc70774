package org.planflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.DocNumberService;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.meeting.MeetingRhythm.Beat;
import org.planflow.meeting.MeetingRhythm.DuePeriod;
import org.planflow.meeting.persistence.MeetingRepository;
import org.planflow.meeting.persistence.MeetingRepository.RhythmRow;
import org.planflow.meeting.process.MeetingEngine;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanStatusChanged;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Cadence;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.supervision.AdHocItem;
import org.planflow.supervision.MeetingDecisionItems;
import org.planflow.supervision.SupervisedItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's meetings (decision 063): its rhythm, read from its text at issuance and kept by its office, with each period's
 * meeting held or missing; meetings scheduled by the office with their notice, the units' receipts (回执) and the
 * minutes (会议纪要), whose decisions may become supervised items. Whoever may read the plan reads its meetings; the
 * plan's office (PlanOffices) schedules them, keeps the rhythm and records the minutes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    public static final int MAX_CHAIR = 100;
    public static final int MAX_AGENDA = 2000;
    public static final int MAX_ATTENDEES = 200;
    public static final int MAX_REASON = 2000;
    public static final int MAX_TEXT = 20000;
    public static final int MAX_DECISION = 2000;
    public static final int MAX_DECISIONS = 30;
    /** The periods a beat lists at most, the latest ones. */
    static final int MAX_PERIODS = 24;
    /** The minutes are due this many working days after the meeting. */
    public static final int MINUTES_WORKING_DAYS = 5;
    /** Receipts are due at this hour of the day before the meeting. */
    static final int RECEIPTS_HOUR = 17;
    /** A meeting notice's document number prefix (会议通知), counted per year like an issued plan's (decision 067). */
    public static final String NOTICE_PREFIX = "会通";

    private final MeetingRepository repository;
    private final MeetingEngine engine;
    private final PlanService plans;
    private final PlanOffices offices;
    private final OrganizationService organization;
    /** Completes the meeting's tasks for the API; taken when used, as its handlers include this service's own. */
    private final ObjectProvider<TaskCompletionService> completions;
    private final MeetingDecisionItems decisionItems;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final DocNumberService numbers;
    private final PlanFlowClock clock;

    public MeetingService(MeetingRepository repository, MeetingEngine engine, PlanService plans, PlanOffices offices,
                          OrganizationService organization, ObjectProvider<TaskCompletionService> completions, MeetingDecisionItems decisionItems,
                          AuditService audit, Deadlines deadlines, DocNumberService numbers, PlanFlowClock clock) {
        this.repository = repository;
        this.engine = engine;
        this.plans = plans;
        this.offices = offices;
        this.organization = organization;
        this.completions = completions;
        this.decisionItems = decisionItems;
        this.audit = audit;
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.clock = clock;
    }

    // ---- The rhythm

    /** The plan's rhythm with each period's meeting held or missing; 404 for who may not read the plan. */
    public MeetingRhythm rhythm(long planId) {
        Plan plan = plans.get(planId);
        List<RhythmRow> rows = repository.rhythm(planId);
        // No meeting falls due after the plan's period has ended.
        LocalDate today = plan.period() == null || plan.period().end().isAfter(today()) ? today() : plan.period().end();
        List<DuePeriod> periods = new ArrayList<>();
        for (RhythmRow row : rows) {
            periods.addAll(periods(planId, row, today));
        }
        LocalDate since = rows.stream().map(RhythmRow::since).min(LocalDate::compareTo).orElse(null);
        return new MeetingRhythm(rows.stream().map(row -> new Beat(row.kind().name(), row.cadence().name())).toList(), since, periods);
    }

    /** Whether the signed-in user does the plan's office work (schedules its meetings). */
    public boolean runsOffice(long planId) {
        return offices.runsOffice(planId);
    }

    /** The office sets which meetings the plan holds and how often; an empty list holds none. */
    @Transactional
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public MeetingRhythm setRhythm(long planId, List<Beat> beats) {
        plans.get(planId);
        offices.requireOffice(planId);
        Map<MeetingKind, Cadence> checked = new LinkedHashMap<>();
        for (Beat beat : beats == null ? List.<Beat>of() : beats) {
            MeetingKind kind = kind(beat == null ? null : beat.kind(), MeetingFields.BEATS);
            Cadence cadence = Arrays.stream(Cadence.values()).filter(value -> value.name().equals(beat.cadence())).findFirst()
                    .orElseThrow(() -> MeetingProblem.CADENCE_UNKNOWN.at(MeetingFields.BEATS, beat.cadence()));
            if (checked.put(kind, cadence) != null) {
                throw MeetingProblem.KIND_TWICE.at(MeetingFields.BEATS, kind.name());
            }
        }
        LocalDate since = repository.rhythm(planId).stream().map(RhythmRow::since).min(LocalDate::compareTo).orElse(today());
        repository.replaceRhythm(planId, checked, since);
        audit.record(AuditRecord.of(planId, MeetingAction.MEETING_RHYTHM_SET.name()).withDetails(describe(checked)));
        return rhythm(planId);
    }

    /** An issued plan's rhythm is read from its text, unless its office has set one already. */
    @EventListener
    @Transactional
    @PreAuthorize("permitAll()")
    public void onStatusChanged(PlanStatusChanged changed) {
        if (changed.status() != PlanStatus.ISSUED || !repository.rhythm(changed.planId()).isEmpty()) {
            return;
        }
        Plan plan = plans.load(changed.planId());
        String text = plan.sections().stream().map(section -> section.heading() + "\n" + section.body())
                .collect(Collectors.joining("\n"));
        Map<MeetingKind, Cadence> read = MeetingRhythmReader.read(text);
        if (!read.isEmpty()) {
            // A plan issued before its period begins (a 2027 plan issued in December 2026) meets from its first day.
            LocalDate since = plan.period() != null && plan.period().start().isAfter(today()) ? plan.period().start() : today();
            repository.replaceRhythm(plan.id(), read, since);
            audit.recordAs(AuditService.SYSTEM, AuditRecord.of(plan.id(), MeetingAction.MEETING_RHYTHM_SET.name())
                    .withDetails(describe(read)));
        }
    }

    private List<DuePeriod> periods(long planId, RhythmRow row, LocalDate today) {
        List<DuePeriod> periods = new ArrayList<>();
        LocalDate start = periodStart(row.cadence(), row.since());
        while (!start.isAfter(today)) {
            LocalDate end = row.cadence().periodEnd(start);
            Optional<Map.Entry<LocalDate, Long>> held = repository.heldBetween(planId, row.kind(), start, end).entrySet().stream()
                    .filter(entry -> !entry.getKey().isAfter(today)).findFirst();
            periods.add(new DuePeriod(row.kind().name(), row.cadence().period(start), start, end,
                    held.map(Map.Entry::getValue).orElse(null), held.map(Map.Entry::getKey).orElse(null),
                    held.isEmpty() && end.isBefore(today)));
            start = end.plusDays(1);
        }
        return periods.subList(Math.max(0, periods.size() - MAX_PERIODS), periods.size());
    }

    private static LocalDate periodStart(Cadence cadence, LocalDate day) {
        LocalDate start = day.withDayOfMonth(1);
        while (cadence.periodEnd(start.minusDays(1)).equals(cadence.periodEnd(day))) {
            start = start.minusMonths(1);
        }
        return start;
    }

    private static String describe(Map<MeetingKind, Cadence> beats) {
        return beats.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue()).collect(Collectors.joining(", "));
    }

    // ---- Meetings

    /** The plan's meetings, the latest first; 404 for who may not read the plan. */
    public PageOf<Meeting> meetings(long planId, PageRequest page) {
        plans.get(planId);
        return PageOf.of(repository.ofPlan(planId, page), page, repository.countOfPlan(planId));
    }

    /** One meeting; 404 for who may not read its plan. */
    public Meeting get(long meetingId) {
        Meeting meeting = repository.find(meetingId).orElseThrow(() -> new NotFoundException("No meeting " + meetingId));
        plans.get(meeting.planId());
        return meeting;
    }

    /** The meeting a receipt or minutes task is about (its process), for the task's workspace. */
    public Meeting ofProcess(String processInstanceId) {
        return repository.ofProcess(processInstanceId).map(meeting -> get(meeting.id()))
                .orElseThrow(() -> new NotFoundException("No meeting for process " + processInstanceId));
    }

    /** The office schedules a meeting: its notice goes to the units, each of which confirms attendance before the day. */
    @Transactional
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public Meeting schedule(long planId, MeetingRequest request) {
        Plan plan = plans.get(planId);
        offices.requireOffice(planId);
        MeetingKind kind = kind(request.kind(), MeetingFields.KIND);
        if (request.date() == null) {
            throw MeetingProblem.DATE_REQUIRED.at(MeetingFields.DATE);
        }
        if (!request.date().isAfter(today())) {
            throw MeetingProblem.DATE_NOT_AHEAD.at(MeetingFields.DATE);
        }
        List<String> units = new ArrayList<>(new LinkedHashSet<>(request.units().stream()
                .map(code -> code == null ? "" : code.strip()).toList()));
        if (units.isEmpty()) {
            throw MeetingProblem.UNITS_REQUIRED.at(MeetingFields.UNITS);
        }
        for (String unit : units) {
            if (organization.findUnit(unit).isEmpty()) {
                throw MeetingProblem.UNIT_UNKNOWN.at(MeetingFields.UNITS, unit);
            }
        }
        String chair = required(request.chair(), MeetingProblem.CHAIR_REQUIRED, MeetingFields.CHAIR, MAX_CHAIR);
        String agenda = required(request.agenda(), MeetingProblem.AGENDA_REQUIRED, MeetingFields.AGENDA, MAX_AGENDA);
        ZoneId zone = clock.getZone();
        Instant attendanceDue = request.date().minusDays(1).atTime(RECEIPTS_HOUR, 0).atZone(zone).toInstant();
        long id = repository.insert(new MeetingRepository.NewMeeting(planId, kind, request.date(), chair, agenda, attendanceDue,
                units, CurrentUser.require(), clock.instant()));
        Instant minutesDue = deadlines.workingDaysAfter(request.date(), MINUTES_WORKING_DAYS).toInstant();
        repository.setProcessInstance(id, engine.start(new MeetingEngine.Start(id, planId, plan.title(), units,
                PlanOffices.officeGroup(plan), attendanceDue, request.date().atStartOfDay(zone).toInstant(), minutesDue)));
        audit.record(AuditRecord.of(planId, MeetingAction.MEETING_SCHEDULED.name())
                .withDetails(kind.label() + " " + request.date() + " " + units.size()));
        return repository.find(id).orElseThrow();
    }

    /**
     * The notice went out (the process's first step): it takes its document number of the year, and the attending units
     * may read the plan and its meetings from now on.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void noticeSent(long meetingId) {
        Meeting meeting = repository.find(meetingId).orElseThrow();
        String number = meeting.noticeNumber() != null ? meeting.noticeNumber() : numbers.take(NOTICE_PREFIX, today().getYear());
        repository.setNoticeNumber(meetingId, number);
        plans.grantReaders(meeting.planId(), meeting.attendance().stream().map(row -> row.unit().code()).toList());
        audit.recordAs(AuditService.SYSTEM, AuditRecord.of(meeting.planId(), MeetingAction.MEETING_NOTICE_SENT.name())
                .withDetails(number + " " + meeting.kind().label() + " " + meeting.date()));
    }

    /** The caller's unit answers its receipt: 403 unless the notice went to it, 409 once answered or the meeting began. */
    @Transactional
    public Meeting answer(long meetingId, AttendanceAnswer answer) {
        Meeting meeting = get(meetingId);
        String unit = organization.findUser(CurrentUser.require()).map(user -> user.unit().code()).orElse(null);
        if (meeting.attendance().stream().noneMatch(row -> row.unit().code().equals(unit))) {
            throw new AccessDeniedException(Roles.NOT_ALLOWED);
        }
        String task = repository.processInstance(meetingId).flatMap(instance -> engine.attendanceTask(instance, unit))
                .orElseThrow(() -> MeetingProblem.ATTENDANCE_CLOSED.at(null));
        Map<String, Object> fields = new HashMap<>();
        fields.put(Outcome.VARIABLE, answer.outcome());
        fields.put(MeetingFields.ATTENDEES, answer.attendees());
        fields.put(MeetingFields.REASON, answer.reason());
        completions.getObject().complete(task, fields);
        return repository.find(meetingId).orElseThrow();
    }

    /** CONFIRM_ATTENDANCE: the unit attends (who) or declines (why). */
    @Transactional
    public void confirm(String processInstanceId, String unit, Outcome outcome, String attendees, String reason, String taskId) {
        Meeting meeting = repository.lockOfProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No meeting for process " + processInstanceId));
        boolean attends = outcome == Outcome.ATTEND;
        String who = attends ? required(attendees, MeetingProblem.ATTENDEES_REQUIRED, MeetingFields.ATTENDEES, MAX_ATTENDEES) : null;
        String why = attends ? null : required(reason, MeetingProblem.REASON_REQUIRED, MeetingFields.REASON, MAX_REASON);
        repository.answer(meeting.id(), unit, attends ? AttendanceStatus.ATTENDING : AttendanceStatus.DECLINED, who, why,
                CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(meeting.planId(), (attends ? MeetingAction.MEETING_ATTENDANCE_CONFIRMED
                : MeetingAction.MEETING_ATTENDANCE_DECLINED).name()).withUnit(unit).withTask(taskId)
                .withComment(attends ? who : why).withDetails(meeting.kind().label() + " " + meeting.date()));
    }

    /**
     * The office records the minutes once the meeting's day has come: the first time it completes the process's
     * RECORD_MINUTES task, later it corrects them; a decision that became an item keeps its place and text.
     */
    @Transactional
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public Meeting recordMinutes(long meetingId, MinutesRequest minutes) {
        Meeting meeting = get(meetingId);
        offices.requireOffice(meeting.planId());
        List<String> decisions = decisions(minutes.decisions());
        Optional<String> task = repository.processInstance(meetingId).flatMap(engine::minutesTask);
        if (task.isPresent()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put(Outcome.VARIABLE, Outcome.SUBMIT.value());
            fields.put(MeetingFields.TEXT, minutes.text());
            fields.put(MeetingFields.DECISIONS, String.join("\n", decisions));
            completions.getObject().complete(task.get(), fields);
        } else {
            save(meeting, minutes.text(), decisions, null);
        }
        return repository.find(meetingId).orElseThrow();
    }

    /** RECORD_MINUTES: the minutes' text and decisions, one a line. */
    @Transactional
    public void recordMinutes(String processInstanceId, String text, String decisions, String taskId) {
        Meeting meeting = repository.lockOfProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No meeting for process " + processInstanceId));
        save(meeting, text, decisions(decisions == null ? List.of() : decisions.lines().toList()), taskId);
    }

    private void save(Meeting meeting, String text, List<String> decisions, String taskId) {
        if (meeting.date().isAfter(today())) {
            throw MeetingProblem.MINUTES_BEFORE_MEETING.at(null, meeting.date());
        }
        String clean = required(text, MeetingProblem.MINUTES_TEXT_REQUIRED, MeetingFields.TEXT, MAX_TEXT);
        if (meeting.minutes() != null) {
            for (Meeting.Decision decision : meeting.minutes().decisions()) {
                if (decision.itemId() != null && (decision.position() > decisions.size()
                        || !decisions.get(decision.position() - 1).equals(decision.text()))) {
                    throw MeetingProblem.DECISION_HAS_ITEM.at(MeetingFields.DECISIONS, decision.position(), decision.itemId());
                }
            }
        }
        repository.lock(meeting.id());
        repository.saveMinutes(meeting.id(), clean, decisions, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(meeting.planId(), MeetingAction.MEETING_MINUTES_RECORDED.name()).withTask(taskId)
                .withDetails(meeting.kind().label() + " " + meeting.date() + " " + decisions.size()));
    }

    /** 立项 from a decision of the minutes: an ad-hoc item of the plan, its title the decision's text unless given. */
    @Transactional
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisedItem makeItem(long meetingId, int position, AdHocItem request) {
        Meeting meeting = get(meetingId);
        offices.requireOffice(meeting.planId());
        Meeting.Decision decision = Optional.ofNullable(meeting.minutes()).stream().flatMap(minutes -> minutes.decisions().stream())
                .filter(found -> found.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " has no decision " + position));
        if (decision.itemId() != null) {
            throw MeetingProblem.DECISION_IS_ITEM.at(null, position, decision.itemId());
        }
        String title = request.title() == null || request.title().isBlank() ? decision.text() : request.title();
        SupervisedItem item = decisionItems.create(meeting.planId(),
                meeting.kind().label() + "（" + meeting.date() + "）议定事项" + position, new AdHocItem(title, null, null,
                        request.leadUnit(), request.coopUnits(), request.dueDate(), request.cadence(), request.leader()));
        repository.setDecisionItem(meetingId, position, item.id());
        audit.record(AuditRecord.of(meeting.planId(), MeetingAction.MEETING_DECISION_ITEM.name()).withItem(item.id())
                .withDetails(meeting.kind().label() + " " + meeting.date() + " #" + position));
        return item;
    }

    private static List<String> decisions(List<String> given) {
        List<String> decisions = given.stream().map(text -> text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip())
                .filter(text -> !text.isEmpty()).toList();
        if (decisions.size() > MAX_DECISIONS) {
            throw MeetingProblem.DECISIONS_TOO_MANY.at(MeetingFields.DECISIONS, MAX_DECISIONS);
        }
        for (String decision : decisions) {
            if (decision.length() > MAX_DECISION) {
                throw MeetingProblem.TOO_LONG.at(MeetingFields.DECISIONS, MAX_DECISION);
            }
        }
        return decisions;
    }

    private static MeetingKind kind(String value, String field) {
        return MeetingKind.of(value == null ? null : value.strip())
                .orElseThrow(() -> MeetingProblem.KIND_UNKNOWN.at(field, value));
    }

    private static String required(String value, MeetingProblem missing, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw missing.at(field);
        }
        if (clean.length() > max) {
            throw MeetingProblem.TOO_LONG.at(field, max);
        }
        return clean;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
