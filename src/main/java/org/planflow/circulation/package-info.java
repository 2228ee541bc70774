/**
 * Issuance and circulation of approved plans: document numbers (文号) per prefix and year, the
 * issuance with its covering notice (.docx in the red-header style), one delivery per recipient
 * unit with read receipts (已阅), acknowledgement (签收) or refusal (拒签) and re-routing.
 */
package org.planflow.circulation;
