package org.planflow.organization.api;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitAliases;
import org.planflow.organization.UserAccount;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Organization", description = "The caller, their own password and language, and the district's units")
class OrganizationController {

    private final OrganizationService organization;

    OrganizationController(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller: username, display name, unit, roles, language, and whether they must change their password")
    Me me(Authentication authentication) {
        UserAccount user = organization.user(authentication.getName());
        boolean mustChange = organization.credentials(user.username()).map(credentials -> credentials.mustChangePassword())
                .orElse(false);
        return new Me(user.username(), user.displayName(), user.unit(), new TreeSet<>(user.roles()),
                user.locale() == null ? OrganizationService.LANGUAGES.get(0).toLanguageTag() : user.locale().toLanguageTag(),
                mustChange);
    }

    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The caller changes their own password: {currentPassword, newPassword} (at least 8 characters); "
            + "ends a change the administrator required")
    void changePassword(Authentication authentication, @RequestBody PasswordChange change) {
        organization.changePassword(authentication.getName(), change.currentPassword(), change.newPassword());
    }

    @PutMapping("/me/language")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The caller's language of the UI: {language: \"zh-CN\" | \"en\"}, applied from their next page on")
    void changeLanguage(Authentication authentication, @RequestBody LanguageChange change) {
        organization.changeLanguage(authentication.getName(), change.language());
    }

    @GetMapping("/units")
    @Operation(summary = "The district's units in use, in their display order, paged with their total")
    PageOf<OrgUnit> units(PageRequest page) {
        return organization.units(page);
    }

    @GetMapping("/units/aliases")
    @Operation(summary = "The units in use with their aliases (简称, 曾用名, units merged into them), for matching names")
    PageOf<UnitAliases> unitsWithAliases(PageRequest page) {
        return organization.unitsWithAliases(page);
    }

    record Me(String username, String displayName, OrgUnit unit, Set<String> roles, String language,
              boolean mustChangePassword) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record LanguageChange(String language) {
    }
}
