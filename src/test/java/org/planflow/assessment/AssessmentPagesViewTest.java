package org.planflow.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.plan.PlanSummary;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.EChart;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The assessment's pages: a plan's indicators by category with the check of its totals, the list where the
 * supervision office opens a year's assessment (refusals beside their field), and the results as the office
 * sees them (ranking, chart) and as a unit sees them (its own indicators and line only).
 */
@PlanFlowTest
class AssessmentPagesViewTest {

    private static final String ITEMS = """
            [{"category":"质量基础","indicator":"守住质量安全底线","score":%s,
              "scoringMethod":"未发生重大质量安全事故（40分）；未发生区域性质量问题（%s分）","leadUnit":{"code":"scjgj"}},
             {"category":"质量提升","indicator":"开展质量提升行动","score":40,
              "scoringMethod":"制定质量提升行动方案（20分）；开展专项行动（20分）","leadUnit":{"code":"jxj"},"coopUnits":[{"code":"scjgj"}]},
             {"category":"加分项","indicator":"获得省级质量奖","score":5,"scoringMethod":"获省级质量奖的加5分","leadUnit":{"code":"scjgj"}}]""";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentResultService assessments;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_indicator_table_shows_categories_with_totals_the_bonus_apart_and_checks_the_totals() {
        ApiClient api = new ApiClient(port);
        long complete = draft(api, "考核指标视图测试方案 " + System.nanoTime(), 60, 20);
        long short2 = draft(api, "考核指标合计不足方案 " + System.nanoTime(), 58, 18);

        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan/" + complete, QueryParameters.of("tab", "indicators"));
        assertThat(_get(Div.class, spec -> spec.withId("indicator-check")).getText())
                .isEqualTo("✔ 基础分合计100分，加分项合计5分，与规定分值一致");
        assertThat(_find(H4.class, spec -> spec.withClasses("indicator-category")).stream().map(H4::getText).toList())
                .containsExactly("质量基础（60分，1项）", "质量提升（40分，1项）", "加分项（5分，1项）");
        Component bonus = _get(Component.class, spec -> spec.withId("indicator-bonus"));
        assertThat(_find(bonus, H4.class).stream().map(H4::getText).toList()).containsExactly("加分项（5分，1项）");
        @SuppressWarnings("unchecked")
        List<Grid<Indicator>> grids = _find(Grid.class, spec -> spec.withClasses("indicator-grid")).stream()
                .map(grid -> (Grid<Indicator>) grid).toList();
        assertThat(grids.stream().flatMap(grid -> _find(GridKt._getCellComponent(grid, 0, "criteria"), Div.class).stream())
                .filter(div -> div.hasClassName("indicator-criterion")).map(Div::getText).toList())
                .containsExactly("未发生重大质量安全事故（40分）", "未发生区域性质量问题（20分）", "制定质量提升行动方案（20分）", "开展专项行动（20分）",
                        "获省级质量奖的加5分");
        assertThat(GridKt._get(grids.get(1), 0).responsibleUnits().stream().map(unit -> unit.code()).toList())
                .containsExactly("jxj", "scjgj");

        UI.getCurrent().navigate("plans/" + short2 + "/indicators");
        assertThat(_get(H2.class, spec -> spec.withId("indicators-title")).getText()).endsWith("考核指标");
        Div check = _get(Div.class, spec -> spec.withId("indicator-check"));
        assertThat(check.getClassNames()).contains("check-warning");
        assertThat(check.getElement().getTextRecursively()).isEqualTo("基础分合计98分，应为100分");
    }

    @Test
    void the_office_opens_a_year_and_the_results_show_the_ranking_to_it_and_a_units_own_line_to_the_unit() {
        ApiClient api = new ApiClient(port);
        String title = "年度考核视图测试方案 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],"items":%s}"""
                .formatted(title, ITEMS.formatted(60, 20)), "[\"town-1\"]");
        int lastYear = LocalDate.now(Formats.DISTRICT_ZONE).getYear() - 1;

        // The office opens the year from the list: a year before 2000 is refused beside the year, last year opens.
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("assessments");
        _click(_get(Button.class, spec -> spec.withId("assessment-open")));
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> plan = _get(ComboBox.class, spec -> spec.withId("assessment-open-plan"));
        plan.setValue(plan.getListDataView().getItems().filter(summary -> summary.id() == planId).findFirst().orElseThrow());
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("assessment-open-year"));
        assertThat(year.getValue()).isEqualTo(lastYear);
        assertThat(_get(IntegerField.class, spec -> spec.withId("assessment-open-deadline")).getValue()).isEqualTo(10);
        year.setValue(1999);
        _click(_get(Button.class, spec -> spec.withId("assessment-open-confirm")));
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("1999年不能考核：请选择 2000 至 " + (lastYear + 1) + " 年");
        year.setValue(lastYear);
        _click(_get(Button.class, spec -> spec.withId("assessment-open-confirm")));
        assertThat(_get(H2.class, spec -> spec.withId("assessment-title")).getText()).isEqualTo(title + "　" + lastYear + "年度考核");
        assertThat(_get(Div.class, spec -> spec.withId("assessment-status")).getText()).isEqualTo("单位自评中");
        Assessment assessment = assessments.search(planId, PageRequest.first(1)).items().get(0);

        // The units assess themselves, the office scores the indicator it doubts, the plan's leader approves.
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "SELF_ASSESS", planId), """
                {"outcome":"submit","scores":[{"itemSeq":1,"score":60,"explanation":"全年未发生质量安全事故"},{"itemSeq":3,"score":0}]}""");
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "SELF_ASSESS", planId), """
                {"outcome":"submit","scores":[{"itemSeq":2,"score":0,"explanation":"行动方案待印发"}]}""");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", planId), """
                {"outcome":"submit","scores":[{"itemSeq":2,"score":30,"reason":"已制定行动方案，专项行动未全面开展"}]}""");
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", planId), "{\"outcome\":\"approve\"}");

        // The office sees the district's results, the ranking with its chart, the documents and the bulletin.
        UI.getCurrent().navigate("assessments/" + assessment.id());
        assertThat(_get(Div.class, spec -> spec.withId("assessment-status")).getText()).isEqualTo("已公布");
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-totals")).getText()).isEqualTo("基础分 90/100，加分 0/5，总分 90");
        assertThat(_get(Anchor.class, spec -> spec.withId("assessment-bulletin")).getHref())
                .isEqualTo("bulletins/" + assessments.get(assessment.id()).bulletinId());
        @SuppressWarnings("unchecked")
        Grid<AssessmentResult.UnitResult> ranking = _get(Grid.class, spec -> spec.withId("assessment-ranking"));
        assertThat(rows(ranking).stream().map(line -> line.rank() + " " + line.unit().name() + " " + line.achieved().toPlainString()
                + "/" + line.possible().toPlainString()).toList()).containsExactly("1 区市场监管局 90/100", "2 区经信局 30/40");
        assertThat(_find(EChart.class, spec -> spec.withId("assessment-rate-chart"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withId("assessment-download-table")).getHref())
                .isEqualTo("api/assessments/" + assessment.id() + "/scoring-table.xlsx");

        // The lead unit of the doubted indicator sees its own indicators, the office's reason and its own line only.
        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("assessments/" + assessment.id());
        @SuppressWarnings("unchecked")
        Grid<ScoredIndicator> own = _get(Grid.class, spec -> spec.withId("assessment-own-indicators"));
        assertThat(rows(own).stream().map(scored -> scored.indicator().itemSeq() + " " + scored.officeScore() + " " + scored.reason())
                .toList()).containsExactly("2 30 已制定行动方案，专项行动未全面开展");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("assessment-own-result")).stream().map(Paragraph::getText).toList())
                .singleElement().asString().startsWith("区经信局：得分 30/40，得分率 75%");
        assertThat(_find(Grid.class, spec -> spec.withId("assessment-ranking"))).isEmpty();
        assertThat(_find(EChart.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("assessment-download-report"))).isEmpty();
    }

    @Test
    void a_unit_sees_neither_the_office_scores_nor_the_leaders_return_nor_another_units_submission_until_published() {
        ApiClient api = new ApiClient(port);
        TestAssessments.Opened opened = TestAssessments.open(api, "考核公布前视图测试方案 " + System.nanoTime());
        TestAssessments.selfAssessed(api, opened);
        String scores = "{\"outcome\":\"submit\",\"scores\":[{\"itemSeq\":2,\"score\":2,\"reason\":\"行动覆盖面不足\"}]}";
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", opened.planId()), scores);
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", opened.planId()),
                "{\"outcome\":\"return\",\"comment\":\"请复核第2项扣分\"}");

        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("assessments/" + opened.assessmentId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("assessment-return-comment"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ScoredIndicator> own = _get(Grid.class, spec -> spec.withId("assessment-own-indicators"));
        assertThat(own.getColumnByKey("officeScore").isVisible()).isFalse();
        assertThat(own.getColumnByKey("officeReason").isVisible()).isFalse();
        assertThat(rows(own)).extracting(ScoredIndicator::officeScore).containsOnlyNulls();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("assessment-own-result"))).isEmpty();
        assertThat(logDetails(opened.planId())).anyMatch(text -> text.contains("区经信局 #2=3"))
                .noneMatch(text -> text.contains("区市场监管局 #1=")).noneMatch(text -> text.contains("行动覆盖面不足"));

        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", opened.planId()), scores);
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_ASSESSMENT", opened.planId()), "{\"outcome\":\"approve\"}");

        UI.getCurrent().navigate("assessments/" + opened.assessmentId());
        @SuppressWarnings("unchecked")
        Grid<ScoredIndicator> published = _get(Grid.class, spec -> spec.withId("assessment-own-indicators"));
        assertThat(published.getColumnByKey("officeScore").isVisible()).isTrue();
        assertThat(rows(published).stream().filter(scored -> scored.indicator().itemSeq() == 2).map(ScoredIndicator::reason))
                .containsExactly("行动覆盖面不足");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("assessment-own-result"))).hasSize(1);
        assertThat(logDetails(opened.planId())).anyMatch(text -> text.contains("区市场监管局 #1="));
    }

    /** The details column of the plan's 日志 tab as the logged-in user sees it. */
    private static List<String> logDetails(long planId) {
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "log"));
        @SuppressWarnings("unchecked")
        Grid<Object> log = _get(Grid.class, spec -> spec.withId("log-grid"));
        return IntStream.range(0, GridKt._size(log)).mapToObj(i -> GridKt._getFormatted(log, i, "details")).toList();
    }

    private static long draft(ApiClient api, String title, int firstScore, int secondCriterion) {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"%s","type":"实施方案","sections":[{"outline":"一、","level":1,"heading":"工作目标","body":"提升质量。"}],
                 "items":%s}""".formatted(title, ITEMS.formatted(firstScore, secondCriterion)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
