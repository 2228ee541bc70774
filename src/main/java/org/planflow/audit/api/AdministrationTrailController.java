package org.planflow.audit.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.audit.AuditEntry;
import org.planflow.audit.AuditService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration: trail", description = "Who changed which unit or user, when")
class AdministrationTrailController {

    private final AuditService audit;

    AdministrationTrailController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Changes to units and users, newest first: of one subject (unit:fgw, user:staff-fgw), of all "
            + "units or users (unit:, user:), or of both")
    List<AuditEntry> trail(@RequestParam(required = false) String subject, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return audit.administrationTrail(subject, page, size);
    }
}
