/**
 * Login, logout and who may do what: the Vaadin login view, HTTP Basic for the API, single sign-on
 * into Camunda's web apps for ADMIN, failed-login throttling per account and client address, sessions
 * that end when the account's credentials change, CSRF for changes sent with the session cookie, the
 * password change a reset requires, and the guards against demo passwords outside the demo profile.
 */
package org.planflow.security;
