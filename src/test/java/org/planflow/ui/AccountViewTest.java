package org.planflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.security.RunAs;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** 个人设置: the forced password change after a reset, and a person's own language. */
@PlanFlowTest
class AccountViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organization;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        jdbc.sql("DELETE FROM app_user WHERE username LIKE 'test-acc-%'").update();
    }

    @Test
    void someone_whose_password_was_reset_can_use_nothing_before_changing_it() {
        newUser("test-acc-a");
        KaribuUi.login(context, "test-acc-a");
        UI.getCurrent().navigate("inbox");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(AccountView.class);
        assertThat(_get(Div.class, spec -> spec.withId("password-change-required")).isVisible()).isTrue();

        password("current-password").setValue("wrong-one");
        password("new-password").setValue("Mima-Xin-2026");
        password("repeat-password").setValue("Mima-Xin-2026");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(password("current-password").isInvalid()).isTrue();
        assertThat(password("current-password").getErrorMessage()).isEqualTo("当前密码不正确");

        password("current-password").setValue("Chushi-2026");
        password("repeat-password").setValue("Mima-Xin-2027");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(password("repeat-password").getErrorMessage()).isEqualTo("两次输入的新密码不一致");

        password("repeat-password").setValue("Mima-Xin-2026");
        _click(_get(Button.class, spec -> spec.withId("change-password")));

        assertThat(organization.credentials("test-acc-a").orElseThrow().mustChangePassword()).isFalse();
        UI.getCurrent().navigate("inbox");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(AccountView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_person_chooses_english_for_their_screens() {
        newUser("test-acc-b");
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = 'test-acc-b'").update();
        KaribuUi.login(context, "test-acc-b");
        UI.getCurrent().navigate("account");
        RadioButtonGroup<Locale> language = _get(RadioButtonGroup.class, spec -> spec.withId("account-language"));
        assertThat(language.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        language.setValue(Locale.ENGLISH);

        assertThat(organization.findUser("test-acc-b").orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
        KaribuUi.stop();
        KaribuUi.login(context, "test-acc-b");
        assertThat(UI.getCurrent().getLocale()).as("applied at the next login").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void an_account_disabled_meanwhile_is_logged_out_at_its_next_navigation() {
        newUser("test-acc-c");
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = 'test-acc-c'").update();
        KaribuUi.login(context, "test-acc-c");
        UI.getCurrent().navigate("inbox");
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> context.getBean(UserAdminService.class).disable("test-acc-c"));

        UI.getCurrent().navigate("plans");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private void newUser(String username) {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> context.getBean(UserAdminService.class)
                .create(new UserForm(username, "测试账户", "swj", Set.of(Roles.UNIT_STAFF), null, "Chushi-2026")));
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }
}
