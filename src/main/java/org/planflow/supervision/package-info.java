/**
 * Supervision (督办): the escalation ladder every task with a due date climbs (reminder, overdue
 * notice, urge notice 催办, escalation 督办), manual urge notices, and the overdue overview.
 */
package org.planflow.supervision;
