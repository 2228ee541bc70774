package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every audit action a feature may write to a plan's timeline has exactly one audience, so no row shows by default
 * (docs/security.md, "The timeline, row by row"). The actions are every constant of every enum named {@code *Action},
 * walked from the classpath, so a new feature's actions are checked as soon as they exist.
 */
@PlanFlowTest
class TimelineAudiencesIT {

    /** Administration-trail actions: about units, users, settings, sign-ins, downloads and the engine, never on a plan. */
    private static final Set<String> ADMINISTRATION = Set.of("OrganizationAction", "DeadlineAction", "TrailAction", "CalendarAction",
            "UnitLiaisonAction");

    @Autowired
    List<TimelineAudience> audiences;

    @Test
    void every_action_written_to_a_plan_timeline_has_exactly_one_audience() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Action")));
        List<String> actions = new ArrayList<>();
        scanner.findCandidateComponents("org.planflow").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .filter(Class::isEnum).filter(type -> !ADMINISTRATION.contains(type.getSimpleName()))
                .forEach(type -> {
                    for (Object constant : type.getEnumConstants()) {
                        actions.add(((Enum<?>) constant).name());
                    }
                });
        assertThat(actions).as("the actions walked").contains("CREATED", "OPINION_GIVEN", "ISSUED", "REPORT_REVIEWED", "SELF_ASSESSED");

        for (String action : actions) {
            assertThat(audiences.stream().filter(audience -> audience.actions().contains(action)).count())
                    .as("audiences of %s", action).isEqualTo(1);
        }
    }
}
