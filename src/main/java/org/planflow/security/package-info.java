/**
 * Login, logout and who may do what: the Vaadin login view, HTTP Basic and API tokens for the API, single sign-on
 * into Camunda's web apps for ADMIN, failed-login throttling per account and client address, sessions
 * that end when the account's credentials change, CSRF for changes sent with the session cookie, the
 * password change a reset requires, the guards against demo passwords outside the demo profile, and the
 * guard on the engine's own doors (/engine-rest and the web apps' APIs: {@code camunda.EngineDoors}), which
 * refuses what would bypass PlanFlow's rules and publishes every change.
 */
package org.planflow.security;
