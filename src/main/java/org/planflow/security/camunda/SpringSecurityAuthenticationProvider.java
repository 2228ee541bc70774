package org.planflow.security.camunda;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.planflow.security.CurrentUser;

/**
 * Single sign-on into Camunda's web apps: whoever Spring Security has logged in (only ADMIN gets
 * this far) is the Camunda user, with the groups the engine derives from PlanFlow's tables.
 * Public with a no-argument constructor because Camunda's filter instantiates it by class name.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentUser.username().map(username -> {
            AuthenticationResult result = AuthenticationResult.successful(username);
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(username).list()
                    .stream().map(Group::getId).toList();
            result.setGroups(groups);
            return result;
        }).orElseGet(AuthenticationResult::unsuccessful);
    }
}
