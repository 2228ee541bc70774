package org.planflow.workpoints;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.Browser;
import org.planflow.BrowserStory;
import org.planflow.TestPlans;
import org.planflow.plan.PlanService;
import org.planflow.shared.Formats;
import org.planflow.shared.TaskKind;
import org.planflow.workpoints.process.WorkPointsProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's drafter draws a three-year plan's 2028 work points (年度工作要点) in the browser: ticks one item, dates it
 * in June, lands in the new draft's editor, and the plan's tab then links 2028 to it. As a year begins, the same choice
 * opens from the year's task in the inbox.
 */
class WorkPointsE2E extends BrowserStory {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void a_drafter_draws_next_years_work_points_and_the_years_row_links_to_the_new_draft() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"浏览器三年行动方案 %d","period":{"start":"2027-01-01","end":"2029-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"dueDate":"2029-06-30"},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");

        Page drafter = browser.loggedIn("drafter", "demo");
        drafter.navigate(browser.url("/plan/" + planId + "?tab=workpoints"));
        drafter.locator("#draw-work-points-2028").click();
        assertThat(drafter.locator("vaadin-dialog-overlay[opened]")).containsText("2028年工作要点");
        drafter.locator("#work-point-1").click();
        Locator due = drafter.locator("#work-point-due-1");
        BoundingBox picker = due.boundingBox();
        BoundingBox items = drafter.locator("#work-points-items").boundingBox();
        org.assertj.core.api.Assertions.assertThat(picker.x + picker.width).as("the date picker within the dialog's grid")
                .isLessThanOrEqualTo(items.x + items.width);
        Browser.typeDate(due, LocalDate.of(2028, 6, 30));
        Browser.screenshot(drafter, "work-points-draw");
        drafter.locator("#draw-work-points-create").click();
        // Drawing makes a new draft with its approval process: on a busy machine it takes longer than an assertion's 5 s.
        assertThat(drafter).hasURL(Pattern.compile(".*/plan-edit/\\d+$"), new PageAssertions.HasURLOptions().setTimeout(20_000));
        long drawnId = Long.parseLong(drafter.url().replaceAll(".*/plan-edit/", ""));
        assertThat(drafter.locator("#editor-items")).containsText("建设计量检测中心");
        assertThat(drafter.locator("#editor-items")).containsText("2028-06-30");
        assertThat(drafter.locator("#editor-items")).not().containsText("开展质量提升行动");

        drafter.navigate(browser.url("/plan/" + planId + "?tab=workpoints"));
        assertThat(drafter.locator("#work-points-years a[href='plan/" + drawnId + "']")).isVisible();
        assertThat(drafter.locator("#draw-work-points-2028")).hasCount(0);
        assertThat(drafter.locator("#draw-work-points-2029")).isVisible();
        Browser.screenshot(drafter, "work-points-tab");
    }

    @Test
    void as_a_year_begins_the_drafter_draws_its_work_points_from_the_task_in_the_inbox() {
        ApiClient api = new ApiClient(port);
        int next = LocalDate.now(Formats.DISTRICT_ZONE).getYear() + 1;
        String title = "浏览器待办三年方案 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"%s","period":{"start":"%d-01-01","end":"%d-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"}},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(title, next, next + 2),
                "[\"scjgj\",\"jxj\"]");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(WorkPointsProcess.KEY)
                .processInstanceBusinessKey(PlanService.businessKey(planId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        String task = api.taskOf("drafter", TaskKind.DRAW_WORK_POINTS.name(), planId);

        Page drafter = browser.loggedIn("drafter", "demo");
        // The task as the inbox opens it, by its address: in a long inbox its row may lie out of view.
        drafter.navigate(browser.url("/tasks/" + task));
        assertThat(drafter.locator("#task-title")).hasText("起草年度工作要点");
        assertThat(drafter.locator("#task-workspace")).containsText(next + "年已开始");
        assertThat(drafter.locator("#work-points-source")).hasText(title);
        drafter.locator("#work-point-2").click();
        Browser.screenshot(drafter, "work-points-task");
        drafter.locator("#complete-task").click();
        assertThat(drafter).hasURL(Pattern.compile(".*/plan-edit/\\d+$"), new PageAssertions.HasURLOptions().setTimeout(20_000));
        assertThat(drafter.locator("#editor-items")).containsText("开展质量提升行动");
        assertThat(drafter.locator("#editor-items")).not().containsText("建设计量检测中心");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/tasks?size=200&kind=DRAW_WORK_POINTS", "drafter").items()
                .findValuesAsText("id")).as("drawing answered the task").doesNotContain(task);
    }
}
