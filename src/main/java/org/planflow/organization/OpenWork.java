package org.planflow.organization;

/**
 * Work that keeps a unit from being disabled: an open task offered to the unit or assigned to one of
 * its people ({@link #TASK}), or a process that will give the unit tasks, such as a supervised item
 * between two reports ({@link #PROCESS}). {@code id} is the task's or the process instance's id.
 */
public record OpenWork(String kind, String id, String name, String planTitle, String assignee) {

    public static final String TASK = "TASK";
    public static final String PROCESS = "PROCESS";
}
