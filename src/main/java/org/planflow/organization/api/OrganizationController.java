package org.planflow.organization.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Organization", description = "The caller and the district's units")
class OrganizationController {

    private final OrganizationService organization;

    OrganizationController(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller: username, display name, unit and roles")
    Me me(Authentication authentication) {
        UserAccount user = organization.user(authentication.getName());
        return new Me(user.username(), user.displayName(), user.unit(), new TreeSet<>(user.roles()));
    }

    @GetMapping("/units")
    @Operation(summary = "All units of the district, in their display order")
    List<OrgUnit> units() {
        return organization.units();
    }

    record Me(String username, String displayName, OrgUnit unit, Set<String> roles) {
    }
}
