package org.planflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.consultation.ConsultationFields;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.PlanFields;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

@PlanFlowTest
class TaskFormsIT {

    private static final String PROCESS = "taskFormsTest";

    @Autowired
    TaskForms forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    Deployment deployment;

    @BeforeEach
    void deploy() {
        deployment = repository.createDeployment()
                .addModelInstance("task-forms-test.bpmn", Bpmn.createExecutableProcess(PROCESS)
                        .startEvent()
                        .parallelGateway("Gateway_Split")
                        .userTask("Task_Review").camundaFormRef("dept-review").camundaFormRefBinding("latest")
                        .endEvent("EndEvent_Reviewed")
                        .moveToNode("Gateway_Split")
                        .userTask("Task_FormKey").camundaFormKey("camunda-forms:deployment:test/approval.form")
                        .endEvent("EndEvent_Approved")
                        .moveToNode("Gateway_Split")
                        .userTask("Task_Embedded").camundaFormKey("embedded:app:forms/report.html")
                        .endEvent("EndEvent_Reported")
                        .moveToNode("Gateway_Split")
                        .userTask("Task_WithoutForm")
                        .endEvent("EndEvent_Done")
                        .done())
                .addString("test/approval.form", """
                        {"id": "task-forms-test-approval", "type": "default", "schemaVersion": 16, "components": [
                          {"id": "Field_agreed", "type": "checkbox", "key": "agreed", "label": "同意"}
                        ]}""")
                .deploy();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void a_user_task_with_a_form_ref_gets_the_deployed_form() {
        String processInstance = runtime.startProcessInstanceByKey(PROCESS).getId();
        String review = taskId(processInstance, "Task_Review");

        FormDefinition form = forms.forTask(review).orElseThrow();

        assertThat(form.id()).isEqualTo("dept-review");
        assertThat(form.inputs()).extracting(FormField::key).containsExactly(TaskKinds.VAR_OUTCOME, PlanFields.COMMENT);
        assertThat(form.field(TaskKinds.VAR_OUTCOME).orElseThrow().options()).extracting(FormOption::value)
                .containsExactly(Outcome.PASS.value(), Outcome.RETURN.value());
    }

    @Test
    void a_camunda_forms_key_reads_the_form_from_the_process_deployment() {
        String processInstance = runtime.startProcessInstanceByKey(PROCESS).getId();

        FormDefinition form = forms.forTask(taskId(processInstance, "Task_FormKey")).orElseThrow();

        assertThat(form.id()).isEqualTo("task-forms-test-approval");
        assertThat(form.inputs()).extracting(FormField::key).containsExactly("agreed");
    }

    @Test
    void a_user_task_without_a_camunda_form_has_none() {
        String processInstance = runtime.startProcessInstanceByKey(PROCESS).getId();

        assertThat(forms.forTask(taskId(processInstance, "Task_WithoutForm"))).isEmpty();
        assertThat(forms.forTask(taskId(processInstance, "Task_Embedded"))).isEmpty();
    }

    @Test
    void an_unknown_task_is_not_found() {
        assertThatThrownBy(() -> forms.forTask("no-such-task")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_forms_folder_is_deployed_at_start_up() {
        assertThat(forms.byId("dept-review")).map(FormDefinition::id).contains("dept-review");
        assertThat(forms.byId("give-opinion").orElseThrow().inputs()).extracting(FormField::key)
                .containsExactly(TaskKinds.VAR_OUTCOME, ConsultationFields.SECTION, ConsultationFields.TEXT);
        assertThat(forms.byId("leader-approval")).map(FormDefinition::id).contains("leader-approval");
        assertThat(forms.byId("no-such-form")).isEmpty();
    }

    @Test
    void by_id_finds_the_latest_version() {
        Deployment newer = repository.createDeployment()
                .addString("forms/give-opinion.form", """
                        {"id": "give-opinion", "type": "default", "schemaVersion": 16, "components": [
                          {"id": "Field_outcome", "type": "radio", "key": "outcome", "label": "反馈结论",
                           "values": [{"label": "无意见", "value": "no_opinion"}], "validate": {"required": true}}
                        ]}""")
                .deploy();
        try {
            assertThat(forms.byId("give-opinion").orElseThrow().inputs()).extracting(FormField::key)
                    .containsExactly(TaskKinds.VAR_OUTCOME);
        } finally {
            repository.deleteDeployment(newer.getId(), true);
        }
        assertThat(forms.byId("give-opinion").orElseThrow().inputs()).extracting(FormField::key)
                .containsExactly(TaskKinds.VAR_OUTCOME, ConsultationFields.SECTION, ConsultationFields.TEXT);
    }

    private String taskId(String processInstance, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(taskDefinitionKey).singleResult().getId();
    }
}
