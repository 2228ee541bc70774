package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.List;

import org.planflow.plan.PlanService;

/**
 * The document kinds offered when naming a plan's type. They are printed on the document itself, so
 * they are content in the district's language, not UI labels, and are not translated.
 */
final class PlanTypes {

    static final List<String> COMMON = List.of(PlanService.DEFAULT_TYPE, "工作方案", "工作推进方案", "实施意见", "通知");

    private PlanTypes() {
    }

    /** The common kinds plus the plan's own, which may be any kind a drafter typed. */
    static List<String> including(String current) {
        List<String> types = new ArrayList<>(COMMON);
        if (current != null && !current.isBlank() && !types.contains(current)) {
            types.add(current);
        }
        return types;
    }
}
