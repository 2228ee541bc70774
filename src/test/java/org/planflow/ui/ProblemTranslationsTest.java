package org.planflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.planflow.assessment.AssessmentAction;
import org.planflow.audit.AuditCategory;
import org.planflow.audit.TrailAction;
import org.planflow.calendar.CalendarAction;
import org.planflow.circulation.CirculationAction;
import org.planflow.circulation.DeliveryStatus;
import org.planflow.circulation.IssueForm;
import org.planflow.circulation.RecipientGroup;
import org.planflow.consultation.ConsultationAction;
import org.junit.jupiter.params.provider.MethodSource;
import org.planflow.deadline.DeadlineAction;
import org.planflow.importing.DocumentWarning;
import org.planflow.liaison.LiaisonAction;
import org.planflow.liaison.LiaisonScope;
import org.planflow.liaison.UnitLiaisonAction;
import org.planflow.organization.AliasKind;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.UnitType;
import org.planflow.plan.PlanAction;
import org.planflow.inbox.TaskProblem;
import org.planflow.shared.InputProblem;
import org.planflow.shared.PagingProblem;
import org.planflow.shared.Roles;
import org.planflow.subplan.SubplanAction;
import org.planflow.subplan.SubplanStatus;
import org.planflow.supervision.SupervisionAction;

/** Every code the UI words from the bundles (refusals, actions, statuses) has Chinese and English wording. */
class ProblemTranslationsTest {

    private final Translations translations = new Translations();

    static Stream<String> keys() {
        return Stream.of(
                Arrays.stream(DocumentWarning.Code.values()).map(code -> "plan.warning." + code.name()),
                Arrays.stream(PlanAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(ConsultationAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(CirculationAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(DeliveryStatus.values()).map(status -> "delivery.status." + status.name()),
                Arrays.stream(RecipientGroup.values()).map(group -> "issue.group." + group.name()),
                Arrays.stream(IssueForm.values()).map(form -> "issue.form." + form.name()),
                Arrays.stream(SupervisionAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(DeadlineAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(AssessmentAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(LiaisonAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(UnitLiaisonAction.values()).map(action -> "admin.action." + action.name()),
                Arrays.stream(LiaisonScope.values()).map(scope -> "liaison.scope." + scope.name()),
                Arrays.stream(SubplanAction.values()).map(action -> "plan.action." + action.name()),
                Arrays.stream(SubplanStatus.values()).map(status -> "subplan.status." + status.name()),
                Arrays.stream(OrganizationAction.values()).map(action -> "admin.action." + action.name()),
                Arrays.stream(TrailAction.values()).map(action -> "admin.action." + action.name()),
                Arrays.stream(CalendarAction.values()).map(action -> "admin.action." + action.name()),
                Arrays.stream(AuditCategory.values()).map(category -> "trail.category." + category.name()),
                Arrays.stream(AliasKind.values()).map(kind -> "admin.aliasKind." + kind.name()),
                Arrays.stream(UnitType.values()).map(type -> "admin.unitType." + type.name()),
                Roles.ALL.stream().map(role -> "admin.role." + role),
                // The one-click completions' wording (签收, 已阅): <prefix>.action, .confirm.title, .confirm.text, .done.
                Stream.of("ack", "bulletin.read").flatMap(prefix -> Stream.of(".action", ".confirm.title", ".confirm.text", ".done")
                        .map(suffix -> prefix + suffix)))
                .flatMap(keys -> keys);
    }

    /** Every constant of every problem enum on the class path: a new refusal without both wordings fails here. */
    static Stream<String> problems() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.planflow");
        List<String> keys = classes.stream().filter(type -> type.isEnum() && type.isAssignableTo(InputProblem.class))
                .flatMap(type -> Arrays.stream(type.reflect().getEnumConstants()).map(constant -> ((InputProblem) constant).translationKey()))
                .sorted().toList();
        assertThat(keys).as("the scan finds the problem enums of the features and of shared")
                .contains(PagingProblem.SIZE_INVALID.translationKey(), TaskProblem.HELD.translationKey());
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("problems")
    void every_refusal_is_worded_in_chinese_and_english(String key) {
        Wording.assertWordedInBothLanguages(key);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void every_problem_is_worded_in_chinese_and_english(String key) {
        Wording.assertWordedInBothLanguages(key);
        assertThat(translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, "3", "五分", "22")).doesNotStartWith("!");
    }
}
