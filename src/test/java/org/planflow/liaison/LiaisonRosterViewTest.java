package org.planflow.liaison;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.organization.UserAccount;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The plan's 成员单位通讯录 tab: the roster, its export, and a unit's head naming its liaison with refusals beside the fields. */
@PlanFlowTest
class LiaisonRosterViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_units_head_names_its_liaison_in_the_roster_tab_and_a_malformed_phone_is_refused_beside_its_field() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.draft(api, "通讯录视图测试方案 " + System.nanoTime());
        TestPlans.issue(api, planId, "[\"town-5\",\"town-6\"]");

        KaribuUi.login(context, "staff-town-5");
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "liaisons"));
        assertThat(_get(Anchor.class, spec -> spec.withId("liaisons-export")).getHref())
                .isEqualTo("api/plans/" + planId + "/liaisons.xlsx");
        Grid<Liaison> grid = roster();
        int town5 = row(grid, "town-5");
        assertThat(GridKt._getFormatted(grid, town5, "name")).isEqualTo("未指定");
        assertThat(GridKt._getCellComponent(grid, row(grid, "town-6"), "actions")).as("not town-6's liaison")
                .isNotInstanceOf(Button.class);
        _click((Button) GridKt._getCellComponent(grid, town5, "actions"));
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> person = _get(ComboBox.class, spec -> spec.withId("liaison-person"));
        person.setValue(person.getListDataView().getItems().filter(user -> user.username().equals("staff-town-5"))
                .findFirst().orElseThrow());
        TextField phone = _get(TextField.class, spec -> spec.withId("liaison-phone"));
        phone.setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("liaison-save")));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("12345").contains("格式不正确");

        phone.setValue("0557-3021234");
        _click(_get(Button.class, spec -> spec.withId("liaison-save")));
        grid = roster();
        town5 = row(grid, "town-5");
        assertThat(GridKt._getFormatted(grid, town5, "name")).isEqualTo("符离镇工作人员");
        assertThat(GridKt._getFormatted(grid, town5, "phone")).isEqualTo("0557-3021234");
        assertThat(GridKt._getFormatted(grid, town5, "scope")).isEqualTo("本方案指定");

        KaribuUi.login(context, "staff-town-6");
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "liaisons"));
        assertThat(GridKt._getFormatted(roster(), row(roster(), "town-5"), "phone")).as("every member unit reads the roster")
                .isEqualTo("0557-3021234");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Liaison> roster() {
        return _get(Grid.class, spec -> spec.withId("liaisons-grid"));
    }

    private static int row(Grid<Liaison> grid, String unit) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).unit().code().equals(unit)) {
                return i;
            }
        }
        throw new AssertionError("No line of " + unit);
    }
}
