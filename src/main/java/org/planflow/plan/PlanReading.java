package org.planflow.plan;

import com.vaadin.flow.component.Component;

/** The plan to read beside a task's form in other features' workspaces: its text and its breakdown table. */
public interface PlanReading {

    Component of(Plan plan);
}
