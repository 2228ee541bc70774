/**
 * Meetings at the plan's rhythm (decision 063): which meetings a plan's office holds and how often, read from the plan's
 * text when it is issued; each meeting's notice (会议通知) to the attending units, their receipts (回执), and its minutes
 * (会议纪要) with the decisions that may become supervised items.
 */
package org.planflow.meeting;
