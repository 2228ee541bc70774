package org.planflow.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.security.ui.LoginView;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class LoginViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void start() {
        KaribuUi.start(context);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void login_form_speaks_chinese_and_posts_to_spring_security() {
        UI.getCurrent().navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form)).contains("\"username\":\"用户名\"", "\"password\":\"密码\"", "\"submit\":\"登录\"");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_login_shows_the_one_wording_of_every_failure() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("用户名或密码不正确，或该账户暂时无法登录");
    }

    @Test
    void in_english_the_login_view_says_what_the_api_says() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(i18n(_get(new LoginView(), LoginForm.class))).contains(SecurityProblem.LOGIN_FAILED.english(List.of()));
    }

    @Test
    void an_anonymous_visitor_of_the_inbox_lands_on_the_login_view() {
        UI.getCurrent().navigate("inbox");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
    }

    /** The texts the form sends to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
