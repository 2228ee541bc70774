package org.planflow.organization;

/** What an organization workbook changed. */
public record ImportSummary(int unitsCreated, int unitsUpdated, int usersCreated, int usersUpdated) {
}
