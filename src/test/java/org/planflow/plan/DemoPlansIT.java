package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;

@PlanFlowTest
class DemoPlansIT {

    @Autowired
    DemoPlans demoPlans;

    @Test
    void the_demo_drafter_imports_the_five_seed_documents_as_drafts() {
        List<Plan> plans = demoPlans.importSeeds();

        assertThat(plans).hasSize(5).allSatisfy(plan -> {
            assertThat(plan.drafter()).isEqualTo("drafter");
            assertThat(plan.leadUnit().code()).isEqualTo("scjgj");
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFTING);
            assertThat(plan.processInstanceId()).isNotNull();
        });
        assertThat(plans).extracting(Plan::title).anyMatch(title -> title.contains("宝坻区质量兴区工作实施方案"));
    }

    @Test
    void the_demo_plan_of_seed_000_without_a_title_line_is_titled_from_its_text() {
        List<Plan> plans = demoPlans.importSeeds();

        assertThat(plans.get(0).title()).isEqualTo("争创质量强市先进区活动方案");
        assertThat(plans).extracting(Plan::title).noneMatch(title -> title.matches("\\d{3}_\\p{XDigit}+"));
    }
}
