package org.planflow.organization.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.PasswordReset;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Administration: users", description = "ADMIN keeps the district's people: create, unit and roles, password "
        + "reset, lock, disable")
class AdminUserController {

    private final UserAdminService users;

    AdminUserController(UserAdminService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Users whose username or name contains q, of one unit; paged with their total")
    PageOf<ManagedUser> users(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                              PageRequest page) {
        return users.users(q, unit, page);
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user with their state: enabled, locked, lockedUntil, mustChangePassword, unitHead")
    ManagedUser user(@PathVariable String username) {
        return users.user(username);
    }

    @PostMapping
    @Operation(summary = "A new user: {username, displayName, unit, roles, email, password} (at least 8 characters, "
            + "to be changed at the first login); 409 when the username is taken")
    ResponseEntity<ManagedUser> create(@RequestBody UserForm form) {
        ManagedUser user = users.create(form);
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username())).body(user);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change name, unit, roles, e-mail: {displayName, unit, roles, email}; moving to another unit "
            + "gives their tasks back to the old one")
    ManagedUser update(@PathVariable String username, @RequestBody UserForm form) {
        return users.update(username, form);
    }

    @PostMapping("/{username}/password-reset")
    @Operation(summary = "A new password, the given one ({password}) or a generated one; the user must change it at "
            + "their next login. Answers the temporary password")
    PasswordReset resetPassword(@PathVariable String username, @RequestBody(required = false) PasswordBody body) {
        return users.resetPassword(username, body == null ? null : body.password());
    }

    @PostMapping("/{username}/lock")
    @Operation(summary = "Lock the account: it cannot log in until unlocked")
    ManagedUser lock(@PathVariable String username) {
        return users.lock(username);
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Unlock the account, also after failed logins")
    ManagedUser unlock(@PathVariable String username) {
        return users.unlock(username);
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable the account: it cannot log in; its claimed tasks go back to its unit's queue")
    ManagedUser disable(@PathVariable String username) {
        return users.disable(username);
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable the account again")
    ManagedUser enable(@PathVariable String username) {
        return users.enable(username);
    }

    record PasswordBody(String password) {
    }
}
