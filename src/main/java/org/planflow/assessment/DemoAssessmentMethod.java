package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.planflow.audit.AuditService;
import org.planflow.inbox.DemoActions;
import org.planflow.plan.DemoDrafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The supervised 西宁 plan has no scoring table; on the demo district's first start its office gives it a 考核办法 of 100
 * points and a bonus item, so its annual assessment can be opened. Once the office ever set one, the demo leaves it.
 */
@Component
@Profile("demo")
@Order(6)
class DemoAssessmentMethod implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentMethod.class);
    static final List<MethodIndicator> METHOD = List.of(
            indicator("组织领导", "落实质量工作联席会议制度", "10", "按期召开联席会议、研究解决重大问题（10分），每少召开一次扣2分", "scjgj"),
            indicator("产品质量", "产品质量监督抽查合格率达到95%以上", "20", "达到95%得20分，每低1个百分点扣2分", "scjgj"),
            indicator("工程质量", "大力提升工程质量", "15", "工程质量监管机制健全（5分）；工程竣工验收合格率100%（10分）", "zjj"),
            indicator("服务质量", "服务业顾客满意度达到85%", "15", "达到85%得15分，每低1个百分点扣1分", "swj"),
            indicator("环境质量", "重点污染源达标排放率达到90%以上", "15", "达到90%得15分；发生重大环境污染事故的不得分", "sthj"),
            indicator("品牌建设", "推进品牌带动工程", "15", "新增省级以上名牌产品（10分）；开展品牌培育活动（5分）", "jxj"),
            indicator("质量基础", "推进标准提升和质量技术基础工程", "10", "主导或参与制修订标准（5分）；建成检验检测公共服务平台（5分）", "kjj"),
            new MethodIndicator("加分项", "获得省级以上质量奖", new BigDecimal("5"), "获省级质量奖的加3分，国家级的加5分",
                    List.of("jxj"), true));

    private final DemoDrafts drafts;
    private final AssessmentMethodService methods;
    private final AuditService audit;
    private final DemoActions demo;

    DemoAssessmentMethod(DemoDrafts drafts, AssessmentMethodService methods, AuditService audit, DemoActions demo) {
        this.drafts = drafts;
        this.methods = methods;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.issued(DemoDrafts.SUPERVISED_PLAN).filter(this::neverGiven).ifPresent(planId -> {
            demo.as(DemoDrafts.OFFICE, () -> methods.set(planId, METHOD, null));
            log.info("Demo assessment method: plan {} has its 考核办法 of {} indicators", planId, METHOD.size());
        });
    }

    /** The plan's office never set a method (one it removed stays removed). */
    private boolean neverGiven(long planId) {
        return demo.as("supervisor", () -> audit.timeline(planId)).stream()
                .noneMatch(entry -> AssessmentAction.ASSESSMENT_METHOD_SET.name().equals(entry.action()));
    }

    private static MethodIndicator indicator(String category, String name, String points, String scoring, String unit) {
        return new MethodIndicator(category, name, new BigDecimal(points), scoring, List.of(unit), false);
    }
}
