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
}
