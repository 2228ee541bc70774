/**
 * Consultation drafts (征求意见稿): rounds of consulted units with a working-day deadline, their
 * opinions (or 无意见, or 逾期未反馈，视为无意见 at the deadline) and the drafter's answers
 * (采纳 / 部分采纳 / 不采纳 with a reason). consultation.bpmn runs one instance per consulted unit.
 */
package org.planflow.consultation;
