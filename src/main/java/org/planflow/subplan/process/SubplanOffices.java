package org.planflow.subplan.process;

import org.planflow.organization.Groups;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/** Who files a plan's sub-plans, as {@code ${subPlanOffices.officeGroup(planId)}}: the parent plan's office. */
@Component(SubplanOffices.BEAN)
public class SubplanOffices {

    public static final String BEAN = "subPlanOffices";

    public String officeGroup(Object parentPlanId) {
        return Groups.ofRole(Roles.SUPERVISOR);
    }
}
