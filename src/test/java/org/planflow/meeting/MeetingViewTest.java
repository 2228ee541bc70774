package org.planflow.meeting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxService;
import org.planflow.organization.OrgUnit;
import org.planflow.plan.PlanTab;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageRequest;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The office of a plan that meets every quarter schedules the quarter's joint meeting in the plan's 会议 tab (a chair is
 * required, and what was typed stays), 城关镇 answers its receipt from the inbox, and after the day the office records
 * the minutes there: the tab shows the receipt, the minutes and their download.
 */
@PlanFlowTest
class MeetingViewTest {

    static final String PLAN = """
            {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"组织保障",
             "body":"领导小组办公室建立联席会议制度，每季度召开一次成员单位联席会议，听取质量工作情况汇报。"}],
             "items":[{"category":"质量基础","indicator":"建设计量检测中心","leadUnit":{"code":"town-1"},"dueDate":"2027-12-31"}]}""";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    MeetingService meetings;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_office_schedules_a_meeting_the_town_answers_its_receipt_and_the_office_records_the_minutes() {
        clock.moveTo("2027-02-01T09:00:00+08:00");
        long planId = TestPlans.issued(new ApiClient(port), PLAN.formatted("会议视图测试 " + System.nanoTime()), "[\"town-1\"]");

        KaribuUi.login(context, "supervisor");
        tab(planId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-rhythm-summary")).getText())
                .isEqualTo("每季度召开一次成员单位联席会议");
        _click(_get(Button.class, spec -> spec.withId("meetings-schedule")));
        _get(DatePicker.class, spec -> spec.withId("meeting-date")).setValue(LocalDate.of(2027, 2, 20));
        choose(_get(MultiSelectComboBox.class, spec -> spec.withId("meeting-units")), Set.of("town-1"));
        _get(TextArea.class, spec -> spec.withId("meeting-agenda")).setValue("听取一季度质量工作汇报");
        _click(_get(Button.class, spec -> spec.withId("meeting-send")));
        TextField chair = _get(TextField.class, spec -> spec.withId("meeting-chair"));
        assertThat(chair.isInvalid()).as("a meeting names its chair").isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("meeting-agenda")).getValue()).isEqualTo("听取一季度质量工作汇报");
        chair.setValue("王副区长");
        _click(_get(Button.class, spec -> spec.withId("meeting-send")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        long meetingId = GridKt._get(grid(), 0).id();
        assertThat(GridKt._getFormatted(grid(), 0, "noticeNumber")).as("the notice's 文号 in the meeting's row")
                .matches(MeetingService.NOTICE_PREFIX + "〔2027〕\\d+号");

        KaribuUi.login(context, "staff-town-1");
        KaribuUi.openTask(inbox, "CONFIRM_ATTENDANCE", planId);
        assertThat(_find(Anchor.class, spec -> spec.withId("meeting-notice-docx"))).hasSize(1);
        outcome().setValue(Outcome.ATTEND.value());
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(_get(TextField.class, spec -> spec.withId("form-attendees")).isInvalid()).as("who attends").isTrue();
        _get(TextField.class, spec -> spec.withId("form-attendees")).setValue("李明（镇长）");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(meetings.meetings(planId, PageRequest.first(10)).items().get(0).attendance().get(0).status())
                .isEqualTo(AttendanceStatus.ATTENDING);

        clock.moveTo("2027-02-21T09:00:00+08:00");
        KaribuUi.login(context, "supervisor");
        tab(planId);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("meeting-record-minutes")));
        _get(TextArea.class, spec -> spec.withId("meeting-minutes")).setValue("会议听取了城关镇一季度工作汇报。");
        _get(TextArea.class, spec -> spec.withId("meeting-decisions")).setValue("城关镇3月底前完成选址\n各镇每月报送信息");
        _click(_get(Button.class, spec -> spec.withId("meeting-minutes-save")));

        Meeting recorded = meetings.get(meetingId);
        assertThat(recorded.minutes().decisions()).extracting(Meeting.Decision::text)
                .containsExactly("城关镇3月底前完成选址", "各镇每月报送信息");
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-minutes-text")).getText()).isEqualTo("会议听取了城关镇一季度工作汇报。");
        assertThat(_find(Anchor.class, spec -> spec.withId("meeting-minutes-docx"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("meeting-make-item"))).hasSize(2);
    }

    private static void tab(long planId) {
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of(PlanTab.PARAMETER, "meetings"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Meeting> grid() {
        return _get(Grid.class, spec -> spec.withId("meetings-grid"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("form-outcome"));
    }

    @SuppressWarnings("unchecked")
    private static void choose(MultiSelectComboBox<?> box, Set<String> codes) {
        MultiSelectComboBox<OrgUnit> units = (MultiSelectComboBox<OrgUnit>) box;
        units.setValue(units.getListDataView().getItems().filter(unit -> codes.contains(unit.code())).collect(Collectors.toSet()));
    }
}
