/**
 * Notices to users: in-app notifications (the bell, the list, read marks) for new tasks and every
 * escalation step, and e-mail where configured.
 */
package org.planflow.notification;
