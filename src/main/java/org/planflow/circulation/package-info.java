/**
 * Circulation of issued plans: document numbers, issuance, one acknowledgement (签收) per
 * recipient unit. So far only the acknowledgement process itself.
 */
package org.planflow.circulation;
