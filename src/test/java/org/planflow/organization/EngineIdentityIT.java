package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine (and so Cockpit) sees the administrator's changes to units, people and roles at once. */
@PlanFlowTest
class EngineIdentityIT {

    private static final String PREFIX = "test-id-";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeTestUnits() {
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void a_new_unit_and_its_people_are_engine_groups_and_users_at_once() {
        TestDistrict.unit(api, "test-id-unit", "测试身份局", "DEPARTMENT");
        TestDistrict.user(api, "test-id-a", "甲", "test-id-unit", Roles.UNIT_STAFF);

        User user = identity.createUserQuery().userId("test-id-a").singleResult();
        assertThat(user).isNotNull();
        assertThat(user.getFirstName()).isEqualTo("甲");
        assertThat(identity.createGroupQuery().groupId("test-id-unit").singleResult().getName()).isEqualTo("测试身份局");
        assertThat(groupsOf("test-id-a")).contains("test-id-unit", "test-id-unit.head", "role-unit_staff", "test-id-unit.unit_staff");
        assertThat(members("test-id-unit")).containsExactly("test-id-a");
    }

    @Test
    void naming_a_head_moving_a_person_and_changing_roles_change_their_groups_at_once() {
        TestDistrict.unit(api, "test-id-one", "测试一局", "DEPARTMENT");
        TestDistrict.unit(api, "test-id-two", "测试二局", "DEPARTMENT");
        TestDistrict.user(api, "test-id-b", "乙", "test-id-one", Roles.UNIT_STAFF);
        TestDistrict.user(api, "test-id-c", "丙", "test-id-one", Roles.DEPT_REVIEWER);
        assertThat(members("test-id-one.head")).as("without a head the unit answers as a whole")
                .containsExactlyInAnyOrder("test-id-b", "test-id-c");

        api.put("/api/admin/units/test-id-one", "admin", "{\"name\":\"测试一局\",\"type\":\"DEPARTMENT\",\"head\":\"test-id-c\"}");
        assertThat(members("test-id-one.head")).containsExactly("test-id-c");
        assertThat(groupsOf("test-id-b")).doesNotContain("test-id-one.head");

        api.put("/api/admin/users/test-id-b", "admin",
                "{\"displayName\":\"乙\",\"unit\":\"test-id-two\",\"roles\":[\"UNIT_STAFF\",\"DRAFTER\"]}");
        assertThat(groupsOf("test-id-b")).contains("test-id-two", "role-drafter", "test-id-two.drafter")
                .doesNotContain("test-id-one", "test-id-one.unit_staff");
        assertThat(members("test-id-one")).containsExactly("test-id-c");
        assertThat(identity.createGroupQuery().groupId("test-id-two.drafter").count()).isEqualTo(1);
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    private List<String> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }
}
