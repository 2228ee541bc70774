package org.planflow.supervision.ui;

import java.math.BigDecimal;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.planflow.shared.Target;
import org.planflow.supervision.ItemTargets;
import org.planflow.supervision.SupervisedItem;

/** The item's numeric targets (指标) on its page: what each aims at, its latest reported value, met or not. */
class TargetsPart extends Composite<UnorderedList> {

    TargetsPart(SupervisedItem item) {
        getContent().setId("item-targets");
        getContent().getStyle().set("margin", "0");
        Map<String, BigDecimal> values = item.latestReport() == null ? Map.of() : item.latestReport().targetValues();
        for (Target target : item.targets()) {
            BigDecimal latest = values.get(target.name());
            Span state = new Span(latest == null ? getTranslation("supervision.target.notReported")
                    : getTranslation(target.metBy(latest) ? "supervision.target.met" : "supervision.target.notMet"));
            state.getElement().getThemeList().add(latest == null ? "badge contrast" : target.metBy(latest) ? "badge success" : "badge error");
            String now = latest == null ? "" : " " + getTranslation("supervision.target.latest", ItemTargets.plain(latest) + unit(target));
            getContent().add(new ListItem(new Span(target.name() + " " + goal(this, target) + now + " "), state));
        }
    }

    /** What the target aims at, e.g. "目标 ≥95%（基数 90%，2027年）". */
    static String goal(Component owner, Target target) {
        String sign = target.direction() == Target.Direction.LE ? "≤" : "≥";
        String goal = owner.getTranslation("supervision.target.goal", sign + ItemTargets.plain(target.value()) + unit(target));
        if (target.baseline() != null) {
            goal += " " + owner.getTranslation("supervision.target.baseline", ItemTargets.plain(target.baseline()) + unit(target));
        }
        if (target.year() != null) {
            goal += " " + owner.getTranslation("supervision.target.year", String.valueOf(target.year()));
        }
        return goal;
    }

    private static String unit(Target target) {
        return target.unit() == null ? "" : target.unit();
    }
}
