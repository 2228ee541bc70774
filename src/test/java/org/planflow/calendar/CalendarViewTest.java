package org.planflow.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class CalendarViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkingCalendar calendar;

    @BeforeEach
    void open() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/calendar");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_2026_calendar_marks_the_spring_festival_and_its_make_up_saturdays() {
        selectYear(2026);

        assertThat(_get(H2.class).getText()).isEqualTo("工作日历");
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(kindOf(day)).as("%s", day).isEqualTo("holiday");
        }
        assertThat(kindOf(LocalDate.of(2026, 2, 14))).isEqualTo("workday");
        assertThat(kindOf(LocalDate.of(2026, 2, 28))).isEqualTo("workday");
        assertThat(kindOf(LocalDate.of(2026, 3, 7))).isEqualTo("weekend");
        assertThat(kindOf(LocalDate.of(2026, 3, 3))).isEqualTo("working");
        assertThat(cell(LocalDate.of(2026, 2, 16)).getElement().getAttribute("title")).contains("春节");
        assertThat(_find(NativeButton.class)).as("every day of the year has its cell").hasSize(365);
        _assertNone(Div.class, spec -> spec.withId("calendar-no-data-warning"));
    }

    @Test
    void a_year_without_official_data_shows_the_warning() {
        selectYear(2027);

        assertThat(_get(Div.class, spec -> spec.withId("calendar-no-data-warning")).getText())
                .isEqualTo("2027年尚无国务院节假日安排数据，按周一至周五工作日计算");
        assertThat(kindOf(LocalDate.of(2027, 1, 1))).isEqualTo("working");
    }

    @Test
    void a_holiday_without_a_name_is_refused_beside_the_name_field_and_changes_nothing() {
        selectYear(2026);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);

        _click(cell(tuesday));
        radio().setValue(radio().getListDataView().getItem(0));
        name().setValue("  ");
        _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));

        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).isEqualTo("法定节假日须填写名称（不超过100个字）");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(calendar.day(tuesday)).isEmpty();
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();
    }

    @Test
    void a_day_made_a_holiday_turns_red_and_back_to_the_rule_turns_plain() {
        selectYear(2026);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        try {
            _click(cell(tuesday));
            radio().setValue(radio().getListDataView().getItem(0));
            name().setValue("临时假日");
            _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));

            assertThat(kindOf(tuesday)).isEqualTo("holiday");
            assertThat(calendar.isWorkingDay(tuesday)).isFalse();

            _click(cell(tuesday));
            radio().setValue(radio().getListDataView().getItem(2));
            _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));

            assertThat(kindOf(tuesday)).isEqualTo("working");
            assertThat(calendar.isWorkingDay(tuesday)).isTrue();
        } finally {
            calendar.clearDay(tuesday);
        }
    }

    @Test
    void a_refused_upload_lists_the_bad_lines_in_the_view() {
        String csv = "date,kind,name\n2027-01-01,HOLIDAY,元旦\n2027-03-03,WORKDAY,调休\n2027-04-31,HOLIDAY,清明节\n";

        UploadKt._upload(_get(Upload.class), "2027.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_find(ListItem.class, spec -> spec.withClasses("calendar-import-error")))
                .extracting(ListItem::getText)
                .satisfiesExactly(
                        line -> assertThat(line).isEqualTo("第 3 行：2027-03-03 不是星期六或星期日，不能设为调休上班（WORKDAY）"),
                        line -> assertThat(line).isEqualTo("第 4 行：“2027-04-31”不是有效日期，应写作 YYYY-MM-DD"));
        assertThat(calendar.hasOfficialData(2027)).isFalse();
    }

    private void selectYear(int year) {
        @SuppressWarnings("unchecked")
        Select<Integer> select = _get(Select.class, spec -> spec.withId("calendar-year"));
        select.setValue(year);
    }

    private static NativeButton cell(LocalDate day) {
        return _get(NativeButton.class, spec -> spec.withId("day-" + day));
    }

    private static String kindOf(LocalDate day) {
        return cell(day).getElement().getAttribute("data-kind");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Object> radio() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("calendar-day-kind"));
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withId("calendar-day-name"));
    }
}
