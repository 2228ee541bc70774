/**
 * The district's working-day calendar (工作日): weekends, statutory holidays and make-up working days
 * (调休), the arithmetic every deadline uses, and the {@code deadlines} bean that BPMN expressions call.
 */
package org.planflow.calendar;
