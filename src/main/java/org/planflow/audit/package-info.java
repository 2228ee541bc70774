/**
 * The append-only audit trail: who did what to a plan, a unit, a user or a setting, when, from which client
 * address, with which outcome and comment. A business change writes its event in the transaction that makes it; a
 * plan's timeline reads those. Logins, lockouts, downloads, engine operations and clock moves, announced by other
 * parts as events, are written in a transaction of their own. The administration trail reads everything by category.
 */
package org.planflow.audit;
