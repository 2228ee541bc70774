/**
 * The application shell: the main layout with its role-filtered side navigation, the user's language,
 * their account page (and the password change a reset requires), and UI pieces shared by the views.
 */
package org.planflow.ui;
