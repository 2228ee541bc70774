package org.planflow.organization;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * Everything the administration of units and users refuses, as a code with the values its wording
 * needs: the API answers the English wording (400, or 409 for a conflict with what exists), the views
 * and the import report word the code in the user's language ({@code admin.problem.<CODE>}).
 */
public enum OrganizationProblem implements InputProblem {
    REQUIRED,
    TOO_LONG,
    CODE_INVALID,
    CODE_RESERVED,
    @Conflict CODE_TAKEN,
    @Conflict NAME_TAKEN,
    TYPE_UNKNOWN,
    UNIT_UNKNOWN,
    UNIT_DISABLED,
    PARENT_CYCLE,
    HEAD_NOT_MEMBER,
    @Conflict UNIT_BUSY,
    ALIAS_IS_NAME,
    USERNAME_INVALID,
    @Conflict USERNAME_TAKEN,
    ROLE_UNKNOWN,
    EMAIL_INVALID,
    PASSWORD_TOO_SHORT,
    PASSWORD_IS_USERNAME,
    PASSWORD_NOT_HERE,
    PASSWORD_WRONG,
    PASSWORD_UNCHANGED,
    @Conflict OWN_ACCOUNT,
    @Conflict LAST_ADMIN,
    LANGUAGE_UNKNOWN,
    FILE_UNREADABLE,
    SHEET_MISSING,
    COLUMN_MISSING,
    FILE_EMPTY,
    TOO_MANY_ROWS,
    REPEATED_IN_FILE;

    @Override
    public String bundle() {
        return "admin.problem";
    }
}
