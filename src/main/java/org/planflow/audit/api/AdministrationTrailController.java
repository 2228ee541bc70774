package org.planflow.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.audit.AuditService;
import org.planflow.audit.TrailEntry;
import org.planflow.audit.TrailQuery;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration: trail", description = "Who did what, from where, when: organization changes, logins and "
        + "lockouts, downloads, settings and engine operations (ADMIN)")
class AdministrationTrailController {

    private final AuditService audit;

    AdministrationTrailController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "The administration trail, newest first, paged with its total: {items:[{id, at, category, actor, "
            + "actorName, clientAddress, action, outcome, details, subject, planId, itemId}], page, size, total}; an unknown "
            + "category is refused naming 'category'")
    PageOf<TrailEntry> trail(@Parameter(description = "ORGANIZATION, LOGIN, DOWNLOAD, SETTINGS or ENGINE; empty for all")
                    @RequestParam(required = false) String category,
                    @Parameter(description = "a username, e.g. admin") @RequestParam(required = false) String actor,
                    @Parameter(description = "one subject (unit:fgw, user:staff-fgw), every subject of a kind (unit:, user:)")
                    @RequestParam(required = false) String subject, PageRequest page) {
        return audit.trail(TrailQuery.of(category, actor, subject), page);
    }
}
