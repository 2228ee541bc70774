/**
 * The append-only business audit trail: who did what to a plan, when, with which outcome and
 * comment. Every business change writes one event in its own transaction; a plan's timeline reads them.
 */
package org.planflow.audit;
