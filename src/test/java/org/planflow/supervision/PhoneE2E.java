package org.planflow.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.BrowserStory;
import org.planflow.PhoneScreen;
import org.planflow.TestPlans;
import org.planflow.supervision.process.TaskSupervisionProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A township clerk on a phone (390 × 844, device scale 3, touch): acknowledges (签收) a circulated plan from the inbox,
 * opens the item assigned to the township and reports its progress with a photo taken as evidence. At every step the
 * screen fits the phone and what the clerk touches next is on it ({@link PhoneScreen}); its screenshots are the ones
 * kept in docs/images/phone ({@link PhoneScreen#SCREENSHOTS} says how to renew them).
 */
class PhoneE2E extends BrowserStory {

    private static final String CLERK = "staff-town-1";
    private static final String PHOTO = "服务站选址现场.jpg";

    @Autowired
    ManagementService management;
    @Autowired
    SupervisedItemService items;

    @Test
    void a_township_clerk_acknowledges_a_plan_and_reports_with_a_photo_from_a_phone() {
        ApiClient api = new ApiClient(port);
        String title = "关于印发质量强区工作推进方案的通知 " + System.nanoTime();
        String indicator = "推进乡镇质量服务站建设 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"建设乡镇质量服务站。"}],
                 "items":[{"indicator":"%s","leadUnit":{"code":"town-1"},"dueDate":"2027-06-30"}]}""".formatted(title, indicator),
                "[\"town-1\"]");
        String acknowledgement = api.taskOf(CLERK, "ACKNOWLEDGE", planId);

        // The inbox: the plan's 签收 in its own row, on screen; the header one bar with the user's menu.
        Page phone = browser.loggedInOnPhone(CLERK, "demo");
        Locator acknowledge = phone.locator(".quick-acknowledge[data-task='" + acknowledgement + "']");
        PhoneScreen.check(phone, "1-inbox", acknowledge);
        phone.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("我的账户")).tap();
        Locator logout = phone.locator("#user-menu-logout");
        assertThat(logout).hasText("退出登录");
        assertThat(phone.locator("vaadin-menu-bar-overlay[opened]")).containsText("城关镇");
        PhoneScreen.check(phone, "2-user-menu", logout);
        phone.keyboard().press("Escape");

        // 签收 from the row: the confirmation takes the screen's width; the row goes.
        acknowledge.tap();
        assertThat(phone.locator("vaadin-confirm-dialog-overlay")).containsText(title);
        Locator confirm = phone.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]");
        PhoneScreen.check(phone, "3-acknowledge", confirm);
        confirm.tap();
        assertThat(phone.locator("vaadin-notification-card")).containsText("已签收《" + title + "》");
        assertThat(acknowledge).isHidden();
        Assertions.assertThat(api.get("/api/plans/" + planId + "/acknowledgements", "office").body())
                .contains("\"ACKNOWLEDGED\"");

        // The township accepts its item (its ledger row) and the quarter ends: the report is due.
        TestPlans.complete(api, CLERK, api.taskOf(CLERK, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"选址并建设服务站\",\"milestones\":[{\"text\":\"完成选址\",\"due\":\"2027-03-31\"}],\"responsible\":\"王站长\"}");
        long itemId = api.get("/api/plans/" + planId + "/supervision", CLERK).items().get(0).path("id").asLong();
        management.executeJob(management.createJobQuery().processInstanceId(items.load(itemId).processInstanceId())
                .activityId(TaskSupervisionProcess.TIMER_PERIOD_END).singleResult().getId());

        // 督办事项 through the drawer: the township's item, then its page.
        phone.locator("vaadin-drawer-toggle").tap();
        phone.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("督办事项")).tap();
        Locator item = phone.locator("#items-grid [data-item='" + itemId + "']");
        PhoneScreen.check(phone, "4-items", item);
        item.tap();
        assertThat(phone.locator("#item-indicator")).hasText(indicator);
        PhoneScreen.check(phone, "5-item", phone.locator("#item-indicator"));

        // The report's row in the inbox, 办理, and the report with a photo taken there and then.
        phone.navigate(browser.url("/inbox"));
        String reporting = api.taskOf(CLERK, "REPORT_PROGRESS", planId);
        Locator open = phone.locator(".inbox-open[data-task='" + reporting + "']");
        PhoneScreen.check(phone, "6-inbox-report", open);
        open.tap();
        assertThat(phone.locator("#task-title")).hasText("报送进展");
        phone.locator("#report-progress textarea").fill("已完成选址，正在办理用地手续。");
        phone.locator("#report-percent input").fill("40");
        phone.locator("#report-status vaadin-radio-button", new Page.LocatorOptions().setHasText("正常推进")).tap();
        Locator takePhoto = phone.locator("#evidence-photo vaadin-button");
        assertThat(phone.locator("#evidence-photo input[type=file]")).hasAttribute("capture", "environment");
        FileChooser camera = phone.waitForFileChooser(takePhoto::tap);
        camera.setFiles(new FilePayload(PHOTO, "image/jpeg", photo()));
        assertThat(phone.locator("#evidence-files .evidence-link")).hasText(PHOTO);
        Locator submit = phone.locator("#submit-report");
        PhoneScreen.check(phone, "7-report", submit);
        submit.tap();
        assertThat(phone).hasURL(Pattern.compile(".*/inbox$"));

        JsonNode reported = api.get("/api/supervision/items/" + itemId, CLERK).json();
        Assertions.assertThat(reported.path("reports").get(0).path("percent").asInt()).isEqualTo(40);
        Assertions.assertThat(reported.path("reports").get(0).path("submittedBy").asText()).isEqualTo(CLERK);
        Assertions.assertThat(reported.path("evidence").get(0).path("fileName").asText()).isEqualTo(PHOTO);
    }

    /** A photograph as a phone's camera hands it over: a JPEG. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D painting = image.createGraphics();
        painting.setColor(new Color(90, 140, 200));
        painting.fillRect(0, 0, 640, 480);
        painting.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }
}
