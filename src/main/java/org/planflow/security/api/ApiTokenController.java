package org.planflow.security.api;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.security.ApiToken;
import org.planflow.security.ApiTokenService;
import org.planflow.security.IssuedApiToken;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "API tokens", description = "Tokens for integration clients and scripts: send Authorization: Bearer <token>. "
        + "ADMIN keeps everyone's, each person their own; a token is shown once, when issued")
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/admin/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new token for any enabled account: {username, name}; answers the secret this once "
            + "({id, name, username, token, createdAt}); 409 when the account has a token of that name. Needs a "
            + "password login: a token cannot issue tokens (403 TOKEN_CANNOT_ISSUE)")
    IssuedApiToken issue(@RequestBody TokenRequest request) {
        return tokens.issue(request.username(), request.name());
    }

    @GetMapping("/admin/api-tokens")
    @Operation(summary = "Every account's tokens, or one account's (?username=), without their secrets")
    PageOf<ApiToken> all(@RequestParam(required = false) String username, PageRequest page) {
        return tokens.all(username, page);
    }

    @DeleteMapping("/admin/api-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes any account's token: the next call with it answers 401")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    @PostMapping("/me/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new token of the caller's own: {name}; answers the secret this once. Needs a password "
            + "login: a token cannot issue tokens (403 TOKEN_CANNOT_ISSUE)")
    IssuedApiToken issueOwn(@RequestBody TokenRequest request) {
        return tokens.issueOwn(request.name());
    }

    @GetMapping("/me/api-tokens")
    @Operation(summary = "The caller's own tokens, without their secrets")
    PageOf<ApiToken> own(PageRequest page) {
        return tokens.own(page);
    }

    @DeleteMapping("/me/api-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes one of the caller's own tokens; another's answers 404")
    void revokeOwn(@PathVariable long id) {
        tokens.revokeOwn(id);
    }

    record TokenRequest(String username, String name) {
    }
}
