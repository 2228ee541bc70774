package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class EscalationRulesViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        jdbc.sql("DELETE FROM escalation_rule WHERE task_kind = 'REPORT_TEST'").update();
    }

    @Test
    void admin_gives_one_task_kind_its_own_ladder() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/escalation-rules");
        assertThat(_get(IntegerField.class, spec -> spec.withId("offset-URGE")).getValue()).isEqualTo(2);

        @SuppressWarnings("unchecked")
        ComboBox<String> kind = _get(ComboBox.class, spec -> spec.withId("rules-kind"));
        kind.setValue("REPORT_TEST");
        _get(IntegerField.class, spec -> spec.withId("offset-URGE")).setValue(3);
        _click(_get(Button.class, spec -> spec.withId("rules-save")));

        EscalationRule urge = context.getBean(EscalationService.class).ladder("REPORT_TEST").stream()
                .filter(rule -> rule.step() == EscalationStep.URGE).findFirst().orElseThrow();
        assertThat(urge.offsetWorkingDays()).isEqualTo(3);
        assertThat(context.getBean(EscalationService.class).ladder("ACKNOWLEDGE"))
                .as("other kinds keep the default").anyMatch(rule -> rule.step() == EscalationStep.URGE && rule.offsetWorkingDays() == 2);
    }

    @Test
    void a_missing_offset_is_refused_beside_the_field() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/escalation-rules");
        IntegerField reminder = _get(IntegerField.class, spec -> spec.withId("offset-REMINDER"));
        reminder.clear();

        _click(_get(Button.class, spec -> spec.withId("rules-save")));

        assertThat(reminder.isInvalid()).isTrue();
        assertThat(reminder.getErrorMessage()).isEqualTo("请填写-60至60之间的工作日数");
    }
}
