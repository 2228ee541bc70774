package org.planflow.organization;

import org.planflow.shared.InputProblem;

/**
 * Everything the administration of units and users refuses, as a code with the values its wording
 * needs: the API answers the English wording (400, or 409 for a conflict with what exists), the views
 * and the import report word the code in the user's language ({@code admin.problem.<CODE>}).
 */
public enum OrganizationProblem implements InputProblem {
    REQUIRED("this is required"),
    TOO_LONG("this is longer than {0} characters"),
    CODE_INVALID("''{0}'' is not a valid code: use lower-case letters, digits and hyphens, starting with a letter or digit"),
    CODE_RESERVED("''{0}'' is reserved for the engine''s own groups"),
    CODE_TAKEN("a unit with the code {0} exists already", true),
    NAME_TAKEN("''{0}'' is already the name or an alias of {1}", true),
    TYPE_UNKNOWN("''{0}'' is not a unit type; use TOWNSHIP, STREET, DEPARTMENT, OFFICE, LEADERSHIP or SUPERVISION"),
    UNIT_UNKNOWN("no unit has the code ''{0}''"),
    UNIT_DISABLED("{0} is no longer in use"),
    PARENT_CYCLE("{0} cannot be placed under {1}, which is itself part of it"),
    HEAD_NOT_MEMBER("{0} is not an enabled user of this unit"),
    UNIT_BUSY("{0} still has {1} open task(s) and {2} process(es) waiting on it; reassign them first: {3}", true),
    ALIAS_IS_NAME("''{0}'' is the unit''s own name"),
    USERNAME_INVALID("''{0}'' is not a valid username: use letters, digits, dots, hyphens and underscores"),
    USERNAME_TAKEN("the username {0} exists already", true),
    ROLE_UNKNOWN("''{0}'' is not a role; use DRAFTER, DEPT_REVIEWER, UNIT_STAFF, LEADER, OFFICE_CLERK, SUPERVISOR or ADMIN"),
    EMAIL_INVALID("''{0}'' is not an e-mail address"),
    PASSWORD_TOO_SHORT("a password needs at least {0} characters"),
    PASSWORD_IS_USERNAME("the password must not be the username"),
    PASSWORD_NOT_HERE("a password is set with a password reset, not with a change of the user"),
    PASSWORD_WRONG("the current password is wrong"),
    PASSWORD_UNCHANGED("the new password must differ from the current one"),
    OWN_ACCOUNT("you cannot disable or lock your own account or take away your own administrator role", true),
    LAST_ADMIN("{0} is the last enabled administrator", true),
    LANGUAGE_UNKNOWN("''{0}'' is not a language of PlanFlow; use zh-CN or en"),
    FILE_UNREADABLE("the file is not an .xlsx workbook; save it as Excel Workbook (.xlsx) and import it again"),
    SHEET_MISSING("the workbook has no sheet named {0}"),
    COLUMN_MISSING("the sheet has no column {0}"),
    FILE_EMPTY("the workbook has no units and no users to import"),
    TOO_MANY_ROWS("the sheet has more than {0} rows; import the district in parts"),
    REPEATED_IN_FILE("''{0}'' is already in row {1}");

    private final String english;
    private final boolean conflict;

    OrganizationProblem(String english) {
        this(english, false);
    }

    OrganizationProblem(String english, boolean conflict) {
        this.english = english;
        this.conflict = conflict;
    }

    @Override
    public String pattern() {
        return english;
    }

    @Override
    public String bundle() {
        return "admin.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }
}
