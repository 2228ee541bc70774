/**
 * The district's units (with their heads and aliases), users and roles, and the Camunda groups derived
 * from them: the one source of truth that the login, the inbox and the process engine all read, kept by
 * the administrator in its views, its API and from .xlsx workbooks.
 */
package org.planflow.organization;
