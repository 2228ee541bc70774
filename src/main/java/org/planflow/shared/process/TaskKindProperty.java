package org.planflow.shared.process;

import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Each user task in a BPMN file names its kind in an extension property,
 * {@code <camunda:property name="kind" value="ACKNOWLEDGE"/>}, so the inbox, the API and the task views know which
 * form and rules apply without knowing the process.
 */
public final class TaskKindProperty {

    public static final String NAME = "kind";

    private TaskKindProperty() {
    }

    /** The kind a BPMN user task names; empty for none (or no element). */
    public static Optional<String> of(UserTask element) {
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> NAME.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
