/**
 * Reading plans from files: plan documents (.docx, .txt) into sections and proposed breakdown items,
 * and the breakdown table to and from .xlsx. Pure Java without Spring beans or database, so the plan
 * feature can call it inside its own transactions and the tests can run it on the seeds directly.
 */
package org.planflow.plan.importing;
