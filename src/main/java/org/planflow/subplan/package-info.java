/**
 * Member units' own plans (配套方案): the recipients an issuance names must write their own implementation plan, draft
 * or import it as an ordinary plan of their unit marked as the parent's sub-plan, and submit it, approved, for filing
 * (备案) with the parent plan's office, which files it or returns it with a comment.
 */
package org.planflow.subplan;
