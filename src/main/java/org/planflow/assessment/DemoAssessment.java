package org.planflow.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.planflow.circulation.DemoIssuance;
import org.planflow.circulation.IssueForm;
import org.planflow.circulation.RecipientGroup;
import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.DemoDrafts;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.ItemSearchService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Last year's assessment of the 埇桥 plan, on the demo district's first start: the plan is issued to every
 * member unit, which acknowledge it; its items are under supervision, accepted by their lead units; the office
 * opens last year's assessment; every responsible unit self-assesses (the lead units with evidence), the office
 * lowers two scores with its reasons, the 分管领导 approves, and the results go out as a 通报 the units find in
 * their 待阅.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAssessment implements ApplicationRunner {

    static final String PLAN = "埇桥区2022年度创建";
    /** The plan's lead department, which runs the quality committee's office (区质量发展委员会办公室). */
    static final String LEAD_DEPARTMENT = "scjgj";
    private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);
    /** Indicator rows the units did not fully achieve, with the criteria scores they gave. */
    private static final Map<Integer, List<String>> PARTIAL = Map.of(18, List.of("2", "2", "0"), 35, List.of("1", "0"),
            36, List.of("0"), 38, List.of("0.5", "0"));
    /** Where the office scored lower than the unit, and why. */
    private static final List<Map<String, Object>> OFFICE = List.of(
            Map.of(AssessmentFields.ITEM_SEQ, 14, AssessmentFields.SCORE, 3, AssessmentFields.REASON, "质量发展专项基金未开展使用绩效评价，扣1分"),
            Map.of(AssessmentFields.ITEM_SEQ, 26, AssessmentFields.SCORE, 1, AssessmentFields.REASON, "生活性服务业顾客满意度测评报告未提供，扣1分"));

    private final DemoDrafts drafts;
    private final AssessmentService assessments;
    private final AssessmentResultService results;
    private final AssessmentEvidenceService evidence;
    private final ItemSearchService items;
    private final OrganizationService organization;
    private final DemoActions demo;
    private final DemoIssuance issuance;
    private final PlanFlowClock clock;

    DemoAssessment(DemoDrafts drafts, AssessmentService assessments, AssessmentResultService results, AssessmentEvidenceService evidence,
                   ItemSearchService items, OrganizationService organization, DemoActions demo, DemoIssuance issuance,
                   PlanFlowClock clock) {
        this.drafts = drafts;
        this.assessments = assessments;
        this.results = results;
        this.evidence = evidence;
        this.items = items;
        this.organization = organization;
        this.demo = demo;
        this.issuance = issuance;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.onFirstStart(PLAN, this::stage);
    }

    void stage(long planId) {
        long started = System.nanoTime();
        drafts.approve(planId);
        issuance.issue(planId, IssueForm.ISSUE, RecipientGroup.ALL_DEPARTMENTS, RecipientGroup.ALL_TOWNSHIPS, RecipientGroup.ALL_STREETS);
        supervise(planId);
        int year = LocalDate.ofInstant(clock.instant(), Formats.DISTRICT_ZONE).getYear() - 1;
        Assessment assessment = demo.as(DemoDrafts.OFFICE, () -> assessments.open(planId, year, 10));
        AssessmentSheet sheet = demo.as(DemoDrafts.OFFICE, () -> results.sheet(assessment.id()));
        for (UnitSubmission submission : sheet.units()) {
            String unit = submission.unit().code();
            String user = member(unit);
            if (demo.hasTask(user, planId, TaskKind.ACKNOWLEDGE)) {
                issuance.acknowledge(user, planId, unit);
            }
            List<Map<String, Object>> scores = selfScores(sheet, unit, user, assessment.id());
            demo.complete(user, planId, TaskKind.SELF_ASSESS, task -> unit.equals(task.unit()),
                    Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), AssessmentFields.SCORES, scores));
        }
        demo.complete(DemoDrafts.OFFICE, planId, TaskKind.SCORE_ASSESSMENT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), AssessmentFields.SCORES, OFFICE));
        demo.complete("leader", planId, TaskKind.APPROVE_ASSESSMENT, Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value()));
        log.info("Demo assessment: plan {} issued and its {} assessment published in {} ms", planId, year,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The office gives the committee's rows to the lead department; every lead unit accepts its items. */
    private void supervise(long planId) {
        for (SupervisedItem item : demo.as("supervisor", () -> items.ofPlan(planId))) {
            String lead = item.leadUnit() != null && item.leadUnit().matched() ? item.leadUnit().code() : LEAD_DEPARTMENT;
            demo.completeInProcess(DemoDrafts.OFFICE, item.processInstanceId(), TaskKind.ASSIGN_LEAD_UNIT,
                    Map.of(TaskKinds.VAR_OUTCOME, Outcome.ASSIGN.value(), SupervisionFields.LEAD_UNIT, lead));
            demo.completeInProcess(member(lead), item.processInstanceId(), TaskKind.ACCEPT_ASSIGNMENT, Map.of(
                    TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value(),
                    SupervisionFields.MEASURES, "对照“" + item.indicator() + "”逐项落实，按季度报送进展",
                    SupervisionFields.MILESTONES, List.of(Map.of(SupervisionFields.MILESTONE_TEXT, "完成年度目标任务并形成总结",
                            SupervisionFields.MILESTONE_DUE, item.dueDate().toString())),
                    SupervisionFields.RESPONSIBLE, "业务科室负责人"));
        }
    }

    /** Full points on the indicators the unit leads, except the partial ones; evidence first where points are claimed. */
    private List<Map<String, Object>> selfScores(AssessmentSheet sheet, String unit, String user, long assessmentId) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (ScoredIndicator scored : sheet.indicators()) {
            Indicator indicator = scored.indicator();
            if (!indicator.isLead(unit)) {
                continue;
            }
            List<String> given = PARTIAL.getOrDefault(indicator.itemSeq(),
                    indicator.criteria().stream().map(criterion -> criterion.points().toPlainString()).toList());
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                criteria.add(Map.of(AssessmentFields.INDEX, i, AssessmentFields.SCORE, given.get(i)));
            }
            if (given.stream().anyMatch(score -> !score.equals("0"))) {
                String name = indicator.itemSeq() + "-" + indicator.name() + "佐证材料.txt";
                demo.as(user, () -> evidence.addFile(assessmentId, indicator.itemSeq(), name, "text/plain",
                        (indicator.name() + "：相关文件、台账及工作记录。").getBytes(StandardCharsets.UTF_8)));
            }
            scores.add(Map.of(AssessmentFields.ITEM_SEQ, indicator.itemSeq(), AssessmentFields.CRITERIA, criteria,
                    AssessmentFields.EXPLANATION, "对照评分方法逐项自查，佐证材料已上传。"));
        }
        return scores;
    }

    private String member(String unit) {
        String staff = "staff-" + unit;
        return demo.exists(staff) ? staff : organization.membersOf(List.of(Groups.ofUnit(unit))).stream()
                .map(UserAccount::username).findFirst().orElseThrow(() -> new IllegalStateException("The demo unit " + unit + " has no user"));
    }

}
