package org.planflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.security.ApiToken;
import org.planflow.security.RunAs;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 个人设置 · API 令牌: a person issues a token of their own, sees its secret once, and revokes it. */
@PlanFlowTest
class ApiTokensViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        jdbc.sql("DELETE FROM app_user WHERE username LIKE 'test-tokv-%'").update();
    }

    @Test
    void a_person_issues_a_token_sees_its_secret_once_and_finds_it_listed_without_it() {
        login(newUser("test-tokv-a", false));
        assertThat(_find(Div.class, spec -> spec.withId("issued-token"))).as("nothing issued, nothing shown").isEmpty();
        assertThat(GridKt._size(grid())).isZero();

        name().setValue("台账同步");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));

        String secret = _get(TextField.class, spec -> spec.withId("issued-token-secret")).getValue();
        assertThat(secret).startsWith("pft_").hasSize(47);
        assertThat(_get(Div.class, spec -> spec.withId("issued-token")).isVisible()).isTrue();
        assertThat(name().getValue()).as("ready for the next").isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo("台账同步");
        assertThat(GridKt._getFormatted(grid(), 0, "hint")).isEqualTo(secret.substring(0, 12) + "…");
        assertThat(GridKt._getFormatted(grid(), 0, "lastUsed")).isEqualTo("从未使用");
        assertThat(jdbc.sql("SELECT hint FROM api_token WHERE username = 'test-tokv-a' AND name = '台账同步'")
                .query(String.class).single()).isEqualTo(secret.substring(0, 12));

        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("account");
        assertThat(_find(TextField.class, spec -> spec.withId("issued-token-secret"))).as("shown once").isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void a_blank_or_repeated_name_is_refused_beside_the_field() {
        login(newUser("test-tokv-b", false));
        name().setValue("  ");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("此项为必填项");

        name().setValue("同步脚本");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        assertThat(name().isInvalid()).isFalse();
        name().setValue("同步脚本");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("test-tokv-b 已有名为“同步脚本”的令牌");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void a_person_revokes_their_token_after_confirming() {
        login(newUser("test-tokv-c", false));
        name().setValue("旧脚本");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        ApiToken token = GridKt._get(grid(), 0);

        _click((Button) GridKt._getCellComponent(grid(), 0, "revoke"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("revoke-token-confirm"));
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(GridKt._size(grid())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE id = ?").param(token.id()).query(Long.class).single()).isZero();
    }

    @Test
    void no_token_is_offered_before_a_password_someone_else_set_is_changed() {
        login(newUser("test-tokv-d", true));
        assertThat(_find(TextField.class, spec -> spec.withId("token-name"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("api-tokens"))).isEmpty();
    }

    private String newUser(String username, boolean mustChangePassword) {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> context.getBean(UserAdminService.class)
                .create(new UserForm(username, "令牌页面", "swj", Set.of(Roles.UNIT_STAFF), null, "Chushi-2026")));
        jdbc.sql("UPDATE app_user SET must_change_password = ? WHERE username = ?").params(mustChangePassword, username).update();
        return username;
    }

    private void login(String username) {
        KaribuUi.login(context, username);
        UI.getCurrent().navigate("account");
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withId("token-name"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> grid() {
        return _get(Grid.class, spec -> spec.withId("api-tokens"));
    }
}
