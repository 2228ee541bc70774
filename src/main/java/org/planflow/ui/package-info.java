/**
 * The application shell: the main layout with its role-filtered side navigation, the user's
 * language, and UI pieces shared by the features' views.
 */
package org.planflow.ui;
