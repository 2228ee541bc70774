package org.planflow.forms;

import java.util.Optional;

import org.planflow.forms.process.EngineForms;
import org.planflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deployed Camunda forms: the one a user task references, or the latest version of a form by its id. */
@Service
@Transactional(readOnly = true)
public class TaskForms {

    private final EngineForms engine;

    public TaskForms(EngineForms engine) {
        this.engine = engine;
    }

    /**
     * The Camunda form of an open task ({@code camunda:formRef}, or a {@code camunda-forms:deployment:} form key),
     * resolved with the task's binding; empty when the task has no Camunda form.
     *
     * @throws NotFoundException when there is no open task with this id
     */
    public Optional<FormDefinition> forTask(String taskId) {
        return engine.forTask(taskId);
    }

    /** The latest deployed version of the form with this id, as {@code camunda:formRefBinding="latest"} finds it. */
    public Optional<FormDefinition> byId(String formId) {
        return engine.byId(formId);
    }
}
