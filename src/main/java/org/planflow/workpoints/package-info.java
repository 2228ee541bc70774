/**
 * Annual work points (年度工作要点) of a plan running several years: each year the plan's office draws that year's
 * points from the plan's items, chosen and dated within the year, as a plan of its own that is approved and issued
 * like any other, its items supervised and reported under that year.
 */
package org.planflow.workpoints;
