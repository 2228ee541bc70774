package org.planflow.inbox;

import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Each user task in a BPMN file names its kind in an extension property, so the inbox, the API and
 * the task views know which form and rules apply without knowing the process.
 */
public final class TaskKinds {

    /** {@code <camunda:property name="kind" value="ACKNOWLEDGE"/>} on a user task. */
    public static final String PROPERTY = "kind";
    /** Process variables the inbox copies into its rows. */
    public static final String VAR_PLAN_ID = "planId";
    public static final String VAR_PLAN_TITLE = "planTitle";
    public static final String VAR_UNIT = "unitCode";
    /** The outcome a task completed with, shown in the done list. */
    public static final String VAR_OUTCOME = "outcome";

    private TaskKinds() {
    }

    /** The kind a BPMN user task names in its {@link #PROPERTY} property; empty for none (or no element). */
    public static Optional<String> of(UserTask element) {
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
