package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.plan.LeadGroup;
import org.planflow.ui.KaribuUi;
import org.planflow.ui.Wording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The page of a task for every township: the group's item shows its roll-up (closed n of m, the worst light, each
 * township with its light and a link to its item); a township's item links to the group's.
 */
@PlanFlowTest
class TownshipItemsViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_group_item_rolls_up_each_township_and_a_township_item_links_to_it() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"质量强镇视图方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"各乡镇要落实属地责任。"}],
                 "items":[{"indicator":"落实质量强镇属地责任","leadGroup":"TOWNSHIPS","dueDate":"2099-09-30"}]}"""
                .formatted(System.nanoTime()), "[\"ALL_TOWNSHIPS\"]");
        JsonNode items = api.get("/api/plans/" + planId + "/supervision?size=100", "supervisor").items();
        JsonNode group = items.get(0);
        long groupId = group.path("id").asLong();
        List<String> children = new ArrayList<>();
        group.path("children").forEach(id -> children.add(id.asText()));
        long town1Item = 0;
        for (JsonNode item : items) {
            if ("town-1".equals(item.path("leadUnit").path("code").asText())) {
                town1Item = item.path("id").asLong();
            }
        }

        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items/" + groupId);
        assertThat(_get(Span.class, spec -> spec.withId("item-group-closed")).getText())
                .isEqualTo("已销号 0/" + children.size());
        assertThat(_get(Component.class, spec -> spec.withId("item-group-worst")).getElement().getAttribute("data-light"))
                .isEqualTo(group.path("light").asText());
        List<ListItem> units = _find(_get(UnorderedList.class, spec -> spec.withId("item-group-units")), ListItem.class);
        assertThat(units).extracting(unit -> unit.getElement().getAttribute("data-item")).containsExactlyElementsOf(children);
        ListItem town1 = units.stream().filter(unit -> "town-1".equals(unit.getElement().getAttribute("data-unit")))
                .findFirst().orElseThrow();
        assertThat(_get(town1, RouterLink.class).getText()).isEqualTo("城关镇");
        assertThat(_get(town1, RouterLink.class).getHref()).isEqualTo("supervision/items/" + town1Item);
        assertThat(_find(town1, Component.class, spec -> spec.withAttribute("data-light", "GREEN"))).as("the light of 城关镇")
                .hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("reports-grid"))).as("the townships report, not the group").isEmpty();

        KaribuUi.login(context, "staff-town-1");
        UI.getCurrent().navigate("supervision/items/" + town1Item);
        assertThat(_get(RouterLink.class, spec -> spec.withId("item-group-parent")).getHref())
                .isEqualTo("supervision/items/" + groupId);
        assertThat(_get(Span.class, spec -> spec.withId("item-group-parent-line")).getElement().getTextRecursively())
                .contains("各乡镇");
        assertThat(_find(Grid.class, spec -> spec.withId("reports-grid"))).hasSize(1);
    }

    @Test
    void every_leading_group_and_the_roll_up_are_worded_in_chinese_and_english() {
        Arrays.stream(LeadGroup.values()).map(group -> "plan.leadGroup." + group).forEach(Wording::assertWordedInBothLanguages);
        List.of("plan.item.leadGroup", "plan.item.leadGroup.help", "supervision.group.title", "supervision.group.closed",
                "supervision.group.worst", "supervision.group.none", "supervision.group.parent", "supervision.group.parentLink")
                .forEach(Wording::assertWordedInBothLanguages);
    }
}
