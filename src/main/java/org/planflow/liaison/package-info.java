/**
 * Liaison officers (联络员) of member units: named by the unit's head, the plan's office or the administrator, for one
 * plan or for all plans (a plan's own naming overrides the unit's); the plan's member roster (成员单位通讯录) with its
 * .xlsx export; and the listener that gives the notices and acknowledgements offered to a unit to its liaison first.
 */
package org.planflow.liaison;
