/**
 * Login, logout and who may do what: the Vaadin login view, HTTP Basic for the API, single sign-on
 * into Camunda's web apps for ADMIN, failed-login throttling, the password change a reset requires,
 * and the production password guard.
 */
package org.planflow.security;
