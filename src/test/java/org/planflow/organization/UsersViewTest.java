package org.planflow.organization;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.shared.Roles;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 用户管理 for the administrator: a new user in a unit picked by its alias, a refused password, a password reset. */
@PlanFlowTest
class UsersViewTest {

    private static final String PREFIX = "test-usv-";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void the_administrator_creates_a_user_in_a_unit_picked_by_its_alias() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("users-new")));
        _get(TextField.class, spec -> spec.withId("user-username")).setValue("test-usv-a");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("赵科员");
        ComboBox<OrgUnit> unit = unitField();
        ComboBoxKt.setUserInput(unit, "发改委");
        assertThat(ComboBoxKt.getSuggestions(unit)).containsExactly("区发展改革委");
        ComboBoxKt.selectByLabel(unit, "区发展改革委");
        checkboxes().setValue(Set.of(Roles.UNIT_STAFF, Roles.DRAFTER));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        password.setValue("short");

        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码至少需要 8 个字符");
        password.setValue("Chushi-2026");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        ManagedUser created = context.getBean(UserAdminService.class).user("test-usv-a");
        assertThat(created.unit().code()).isEqualTo("fgw");
        assertThat(created.roles()).containsExactlyInAnyOrder(Roles.UNIT_STAFF, Roles.DRAFTER);
        assertThat(created.mustChangePassword()).isTrue();
        _get(TextField.class, spec -> spec.withId("users-search")).setValue("test-usv");
        assertThat(GridKt._getFormatted(grid(), 0, "displayName")).isEqualTo("赵科员");
    }

    @Test
    void a_reset_shows_the_temporary_password_once() {
        KaribuUi.login(context, "admin");
        context.getBean(UserAdminService.class).create(new UserForm("test-usv-b", "钱科员", "czj", Set.of(Roles.UNIT_STAFF),
                null, "Chushi-2026"));
        UI.getCurrent().navigate("admin/users");
        _get(TextField.class, spec -> spec.withId("users-search")).setValue("test-usv-b");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        GridKt._clickItem(grid(), 0);

        _click(_get(Button.class, spec -> spec.withId("user-reset-password")));

        String temporary = _get(Span.class, spec -> spec.withId("temporary-password")).getText();
        assertThat(temporary).hasSize(12);
        assertThat(context.getBean(OrganizationService.class).credentials("test-usv-b").orElseThrow().mustChangePassword()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrgUnit> unitField() {
        return _get(ComboBox.class, spec -> spec.withId("user-unit"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> checkboxes() {
        return _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ManagedUser> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }
}
