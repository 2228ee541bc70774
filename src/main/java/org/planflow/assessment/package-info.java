/**
 * The annual assessment (年度考核) of a plan against its scored breakdown table: indicators and their scoring
 * criteria, self-assessment with evidence by the responsible units, the supervision office's scores, the
 * leader's approval, the published results (district totals, unit ranking) and their documents.
 */
package org.planflow.assessment;
