package org.planflow.organization.engine;

import org.planflow.organization.Groups;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * The fixed groups that BPMN candidate groups name, as {@code ${processGroups.officeClerks()}}: the same for every
 * instance, so no process carries them as a variable (one row fewer per process and per history, decision 050).
 */
@Component(ProcessGroups.BEAN)
public class ProcessGroups {

    public static final String BEAN = "processGroups";

    /** The government office's clerks: they issue plans and handle refused deliveries. */
    public String officeClerks() {
        return Groups.ofRole(Roles.OFFICE_CLERK);
    }
}
