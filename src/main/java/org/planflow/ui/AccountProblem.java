package org.planflow.ui;

import org.planflow.shared.InputProblem;

/** What the account page refuses before asking the services; worded for the views as {@code account.problem.<CODE>}. */
public enum AccountProblem implements InputProblem {
    PASSWORDS_DIFFER("The two new passwords differ");

    private final String pattern;

    AccountProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public String bundle() {
        return "account.problem";
    }
}
