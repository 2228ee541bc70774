/**
 * The district's units, users and roles, and the Camunda groups derived from them: the one source
 * of truth that the login, the inbox and the process engine all read.
 */
package org.planflow.organization;
