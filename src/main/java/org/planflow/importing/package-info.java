/**
 * Reading plans from files: plan documents (.docx, .txt) into sections and proposed breakdown items,
 * and the breakdown table to and from .xlsx, with unit names matched to the units the caller knows.
 * Plain Java on its own types, without Spring: the plan feature maps the results to its own records.
 */
package org.planflow.importing;
