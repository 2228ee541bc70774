package org.planflow.ui;

import org.planflow.shared.InputProblem;

/** What the account page refuses before asking the services; worded for the views as {@code account.problem.<CODE>}. */
public enum AccountProblem implements InputProblem {
    PASSWORDS_DIFFER;

    @Override
    public String bundle() {
        return "account.problem";
    }
}
