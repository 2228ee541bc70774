/**
 * The append-only business audit trail: who did what to a plan, a unit or a user, when, with which
 * outcome and comment. Every business change writes one event in its own transaction; a plan's
 * timeline and the administration trail read them.
 */
package org.planflow.audit;
