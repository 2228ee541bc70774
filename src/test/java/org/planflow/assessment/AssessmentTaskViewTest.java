package org.planflow.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.shared.Outcome;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The assessment's inbox tasks in the view: a lead unit self-assesses with evidence, the office scores and a
 * leader decides, with every refusal shown beside the field it is about and nothing completed by a refusal.
 */
@PlanFlowTest
class AssessmentTaskViewTest {

    private static final int SEQ = TestAssessments.LED_BY_SCJGJ;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_lead_unit_is_refused_beside_the_criterion_and_the_evidence_then_submits_its_scores_with_a_file() {
        ApiClient api = new ApiClient(port);
        TestAssessments.Opened opened = TestAssessments.open(api, "考核自评视图测试方案 " + System.nanoTime());
        KaribuUi.login(context, "staff-scjgj");
        KaribuUi.openTask(inbox, "SELF_ASSESS", opened.planId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("self-assess-intro")).getText()).contains("负责 2 项", "牵头 1 项");
        assertThat(_find(NumberField.class, spec -> spec.withId("self-score-" + TestAssessments.LED_BY_JXJ)))
                .as("a cooperating unit does not score").isEmpty();
        NumberField policy = _get(NumberField.class, spec -> spec.withId("self-score-" + SEQ + "-0"));
        NumberField noAccident = _get(NumberField.class, spec -> spec.withId("self-score-" + SEQ + "-1"));

        // A criterion's score above its points is refused beside that criterion.
        policy.setValue(3.0);
        noAccident.setValue(2.0);
        assertThat(_get(Span.class, spec -> spec.withId("self-total-" + SEQ)).getText()).isEqualTo("自评得分：4 / 4 分");
        submit();
        assertThat(policy.isInvalid()).isTrue();
        assertThat(policy.getErrorMessage()).isEqualTo("3分超出范围，应为 0 至 2 分");
        assertThat(noAccident.isInvalid()).isFalse();
        assertThat(tasks(opened)).as("nothing completed").hasSize(1);

        // Points for the criterion needing evidence, without any: refused beside the indicator's evidence.
        policy.setValue(2.0);
        submit();
        assertThat(policy.isInvalid()).isFalse();
        Span evidenceRefusal = _get(Span.class, spec -> spec.withId("evidence-refusal-" + SEQ));
        assertThat(evidenceRefusal.isVisible()).isTrue();
        assertThat(evidenceRefusal.getText()).startsWith("“制定出台促进质量提升发展政策性文件”得分须有佐证材料");
        assertThat(tasks(opened)).hasSize(1);

        // With a file uploaded to the indicator, the self-assessment goes through.
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("evidence-upload-" + SEQ)), "政策文件.txt", "text/plain",
                "区政府关于质量强区的意见".getBytes(StandardCharsets.UTF_8));
        // The upload handler reports back through UI.access, which runs when the "request" ends.
        MockVaadin.clientRoundtrip();
        UnorderedList evidence = _get(UnorderedList.class, spec -> spec.withId("evidence-" + SEQ));
        assertThat(_find(evidence, Anchor.class)).extracting(Anchor::getText).containsExactly("政策文件.txt");
        _get(TextArea.class, spec -> spec.withId("self-explanation-" + SEQ)).setValue("已出台政策文件，未发生事故");
        submit();
        assertThat(tasks(opened)).isEmpty();

        JsonNode indicator = indicator(api, opened, SEQ);
        assertThat(indicator.path("selfScore").decimalValue()).isEqualByComparingTo("4");
        assertThat(indicator.path("explanation").asText()).isEqualTo("已出台政策文件，未发生事故");
        assertThat(indicator.path("evidence").get(0).path("fileName").asText()).isEqualTo("政策文件.txt");
    }

    @Test
    void the_office_must_give_a_reason_to_lower_a_score_and_a_leader_must_comment_to_return() {
        ApiClient api = new ApiClient(port);
        TestAssessments.Opened opened = TestAssessments.open(api, "考核评分视图测试方案 " + System.nanoTime());
        TestAssessments.selfAssessed(api, opened);

        KaribuUi.login(context, "supervisor");
        KaribuUi.openTask(inbox, "SCORE_ASSESSMENT", opened.planId());
        int lowered = TestAssessments.LED_BY_JXJ;
        assertThat(_get(Span.class, spec -> spec.withId("scoring-totals")).getText()).isEqualTo("全区基础分 5 / 7，加分 0 / 0，合计 5");
        NumberField score = _get(NumberField.class, spec -> spec.withId("office-score-" + lowered));
        assertThat(score.getValue()).as("prefilled with the self-score").isEqualTo(3.0);
        score.setValue(2.0);
        assertThat(_get(Span.class, spec -> spec.withId("scoring-totals")).getText()).isEqualTo("全区基础分 4 / 7，加分 0 / 0，合计 4");
        _click(_get(Button.class, spec -> spec.withId("scoring-submit")));
        TextField reason = _get(TextField.class, spec -> spec.withId("office-reason-" + lowered));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("评分2分与自评3分不同，请填写理由");
        assertThat(KaribuUi.tasksOf(inbox, "SCORE_ASSESSMENT", opened.planId())).as("nothing completed").hasSize(1);
        reason.setValue("行动覆盖面不足");
        _click(_get(Button.class, spec -> spec.withId("scoring-submit")));
        assertThat(KaribuUi.tasksOf(inbox, "SCORE_ASSESSMENT", opened.planId())).isEmpty();
        assertThat(indicator(api, opened, lowered).path("officeScore").decimalValue()).isEqualByComparingTo("2");
        assertThat(indicator(api, opened, SEQ).path("officeScore").isNull()).as("left out, keeps its self-score").isTrue();

        // The leader reads the results and returns them without a comment: refused beside the comment.
        KaribuUi.login(context, "leader");
        KaribuUi.openTask(inbox, "APPROVE_ASSESSMENT", opened.planId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-totals")).getText()).isEqualTo("全区基础分 4 / 7，加分 0 / 0，合计 4");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("assessment-outcome"));
        outcome.setValue(Outcome.RETURN);
        _click(_get(Button.class, spec -> spec.withId("assessment-decide")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("assessment-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("此项必填");
        assertThat(KaribuUi.tasksOf(inbox, "APPROVE_ASSESSMENT", opened.planId())).hasSize(1);
        comment.setValue("请复核第2项扣分");
        _click(_get(Button.class, spec -> spec.withId("assessment-decide")));
        assertThat(KaribuUi.tasksOf(inbox, "APPROVE_ASSESSMENT", opened.planId())).isEmpty();

        // The office sees the leader's comment on top of its next scoring.
        KaribuUi.login(context, "supervisor");
        KaribuUi.openTask(inbox, "SCORE_ASSESSMENT", opened.planId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-return-comment")).getText())
                .isEqualTo("领导退回意见（第1次）：请复核第2项扣分");
        assertThat(_get(NumberField.class, spec -> spec.withId("office-score-" + lowered)).getValue())
                .as("prefilled with the previous office score").isEqualTo(2.0);
        assertThat(_get(TextField.class, spec -> spec.withId("office-reason-" + lowered)).getValue()).isEqualTo("行动覆盖面不足");

        // The office keeps its view; this time the leader approves and the results go out as a 通报.
        _click(_get(Button.class, spec -> spec.withId("scoring-submit")));
        KaribuUi.login(context, "leader");
        KaribuUi.openTask(inbox, "APPROVE_ASSESSMENT", opened.planId());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> decision = _get(RadioButtonGroup.class, spec -> spec.withId("assessment-outcome"));
        decision.setValue(Outcome.APPROVE);
        _click(_get(Button.class, spec -> spec.withId("assessment-decide")));
        assertThat(KaribuUi.tasksOf(inbox, "APPROVE_ASSESSMENT", opened.planId())).isEmpty();
        JsonNode published = api.get("/api/assessments/" + opened.assessmentId(), "supervisor").json().path("assessment");
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("docNumber").asText()).startsWith("督查通报〔");
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("self-assess-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("self-assess-confirm")));
    }

    private List<InboxEntry> tasks(TestAssessments.Opened opened) {
        return KaribuUi.tasksOf(inbox, "SELF_ASSESS", opened.planId());
    }

    private static JsonNode indicator(ApiClient api, TestAssessments.Opened opened, int seq) {
        for (JsonNode scored : api.get("/api/assessments/" + opened.assessmentId(), "supervisor").json().path("indicators")) {
            if (scored.path("indicator").path("itemSeq").asInt() == seq) {
                return scored;
            }
        }
        throw new AssertionError("no indicator " + seq);
    }
}
