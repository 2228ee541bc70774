package org.planflow.supervision;

/** The traffic light (亮灯) of an item: on track, near its deadline or behind, overdue. */
public enum Light {
    GREEN, YELLOW, RED
}
