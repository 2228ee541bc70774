package org.planflow.supervision.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;

/** Records keep usernames; the views show display names, each looked up once per view. */
final class People {

    private People() {
    }

    static UnaryOperator<String> names(OrganizationService organization) {
        Map<String, String> known = new HashMap<>();
        return username -> username == null ? ""
                : known.computeIfAbsent(username, name -> organization.findUser(name).map(UserAccount::displayName).orElse(name));
    }
}
