/**
 * Deadlines of user tasks (办理时限): a default in working days per task kind, set by ADMIN over the
 * configured defaults and overridable per process, given to every task without a due date of its own
 * the moment it is created, so the escalation ladder applies to it.
 */
package org.planflow.deadline;
