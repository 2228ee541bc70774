/**
 * Camunda Forms (the form-js JSON files in {@code forms/}): parsed into a {@link org.planflow.forms.FormDefinition},
 * rendered server-side with core Vaadin fields by {@link org.planflow.forms.RenderedForm}, and checked by
 * {@link org.planflow.forms.FormValidator} before a task completes, so one form serves PlanFlow and Camunda Tasklist.
 */
package org.planflow.forms;
