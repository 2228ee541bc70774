package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Period;

/** When an item without a date of its own falls due: the period's end, else never in the month a plan is issued. */
class PlanDefaultDueTest {

    @Test
    void an_item_falls_due_at_the_end_of_its_plans_period() {
        assertThat(plan(Period.ofYears(2026, 2028)).defaultDue(LocalDate.of(2026, 3, 2))).isEqualTo("2028-12-31");
    }

    @Test
    void without_a_period_a_plan_issued_in_december_is_due_the_next_year() {
        assertThat(plan(null).defaultDue(LocalDate.of(2026, 12, 5))).isEqualTo("2027-12-31");
        assertThat(plan(null).defaultDue(LocalDate.of(2026, 10, 1))).isEqualTo("2027-12-31");
        assertThat(plan(null).defaultDue(LocalDate.of(2026, 9, 30))).isEqualTo("2026-12-31");
    }

    private static Plan plan(Period period) {
        return new Plan(1, "方案", null, null, null, null, null, PlanStatus.APPROVED, 1, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), null, List.of(), null, null, null, List.of(), null, null, null, null, period,
                null, null);
    }
}
