/**
 * Login, logout and who may do what: the Vaadin login view, HTTP Basic for the API, single sign-on
 * into Camunda's web apps for ADMIN, failed-login throttling, the password change a reset requires,
 * the production password guard, and the guard on the engine's own doors (/engine-rest and the web apps'
 * APIs: {@code camunda.EngineDoors}), which refuses what would bypass PlanFlow's rules and publishes every change.
 */
package org.planflow.security;
