package org.planflow.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.planflow.calendar.Deadlines;
import org.planflow.inbox.DemoActions;
import org.planflow.plan.DemoDrafts;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the demo district's first start the office of the supervised 西宁 plan schedules its 联席会议 a week ahead; the
 * numbered notice goes out to six departments, four confirm who attends, one declines with its reason, and
 * 区科技局's receipt (CONFIRM_ATTENDANCE) still waits in its staff's inbox. A plan that has a meeting is left as it is.
 */
@Component
@Profile("demo")
@Order(7)
class DemoMeeting implements ApplicationRunner {

    /** The unit whose receipt is left open. */
    static final String SILENT = "kjj";
    static final List<String> UNITS = List.of("scjgj", "zjj", "swj", "jxj", "sthj", SILENT);
    /** The receipts the units answer: who attends, or (the declining unit) why not. */
    private static final Map<String, AttendanceAnswer> ANSWERS = Map.of(
            "scjgj", new AttendanceAnswer(Outcome.ATTEND.value(), "局长 李明", null),
            "zjj", new AttendanceAnswer(Outcome.ATTEND.value(), "副局长 王强", null),
            "swj", new AttendanceAnswer(Outcome.ATTEND.value(), "副局长 赵敏、市场科科长 孙杰", null),
            "jxj", new AttendanceAnswer(Outcome.ATTEND.value(), "总工程师 周涛", null),
            "sthj", new AttendanceAnswer(Outcome.DECLINE.value(), null, "同日参加市生态环境局专项督查，主要负责同志无法参会"));
    /** The meeting is this many working days ahead. */
    static final int WORKING_DAYS_AHEAD = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoMeeting.class);

    private final DemoDrafts drafts;
    private final MeetingService meetings;
    private final DemoActions demo;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;

    DemoMeeting(DemoDrafts drafts, MeetingService meetings, DemoActions demo, Deadlines deadlines, PlanFlowClock clock) {
        this.drafts = drafts;
        this.meetings = meetings;
        this.demo = demo;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.issued(DemoDrafts.SUPERVISED_PLAN)
                .filter(planId -> demo.as(DemoDrafts.OFFICE, () -> meetings.meetings(planId, new PageRequest(0, 1))).total() == 0)
                .ifPresent(this::stage);
    }

    private void stage(long planId) {
        LocalDate day = LocalDate.ofInstant(deadlines.workingDaysAfter(LocalDate.now(clock), WORKING_DAYS_AHEAD).toInstant(),
                clock.getZone());
        Meeting meeting = demo.as(DemoDrafts.OFFICE, () -> meetings.schedule(planId, new MeetingRequest(MeetingKind.JOINT.name(), day,
                UNITS, "区政府分管副区长", "通报上季度质量强区工作进展；研究服务质量提升滞后问题；审议本方案考核办法")));
        ANSWERS.forEach((unit, answer) -> demo.as("staff-" + unit, () -> meetings.answer(meeting.id(), answer)));
        log.info("Demo meeting: {} of plan {} on {} noticed, {} of {} receipts in", meeting.kind(), planId, day, ANSWERS.size(),
                UNITS.size());
    }
}
