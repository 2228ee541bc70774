package org.planflow.organization.api;

import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.organization.AliasKind;
import org.planflow.organization.ManagedUnit;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitForm;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/units")
@Tag(name = "Administration: units", description = "ADMIN keeps the district's units: create, rename, move, head (负责人), "
        + "aliases (简称, 曾用名, 机构改革), disable and enable")
class AdminUnitController {

    private final UnitAdminService units;

    AdminUnitController(UnitAdminService units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Every unit, those in use first: code, name, type, parent, head, enabled, members, aliases; paged "
            + "with their total")
    PageOf<ManagedUnit> units(PageRequest page) {
        return units.units(page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit")
    ManagedUnit unit(@PathVariable String code) {
        return units.unit(code);
    }

    @PostMapping
    @Operation(summary = "A new unit: {code, name, type, parent, aliases: [{alias, kind: SHORT|FORMER|MERGED|OTHER}]}; "
            + "its head is named once it has people. 409 when the code, the name or an alias is taken")
    ResponseEntity<ManagedUnit> create(@RequestBody UnitForm form) {
        ManagedUnit unit = units.create(form);
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.code())).body(unit);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Rename (the old name becomes a former name, 曾用名), move (parent, type), name the head "
            + "(an enabled user of the unit, or null): {name, type, parent, head}")
    ManagedUnit update(@PathVariable String code, @RequestBody UnitForm form) {
        return units.update(code, form);
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Take the unit out of use; optional {mergeInto: code}: it was merged into that unit, whose aliases "
            + "its name and aliases become. 409 listing the open tasks and waiting processes while any are left")
    ManagedUnit disable(@PathVariable String code, @RequestBody(required = false) Disabling body) {
        return units.disable(code, body == null ? null : body.mergeInto());
    }

    @PostMapping("/{code}/enable")
    @Operation(summary = "Put the unit back in use")
    ManagedUnit enable(@PathVariable String code) {
        return units.enable(code);
    }

    @PostMapping("/{code}/aliases")
    @Operation(summary = "Another name of the unit: {alias, kind: SHORT|FORMER|MERGED|OTHER}; 409 if another unit has it")
    ResponseEntity<ManagedUnit> addAlias(@PathVariable String code, @RequestBody AliasBody body) {
        ManagedUnit unit = units.addAlias(code, body.alias(), body.kind() == null ? AliasKind.OTHER : body.kind());
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.code())).body(unit);
    }

    @DeleteMapping("/{code}/aliases/{alias}")
    @Operation(summary = "Remove an alias of the unit")
    ManagedUnit removeAlias(@PathVariable String code, @PathVariable String alias) {
        return units.removeAlias(code, alias);
    }

    record Disabling(String mergeInto) {
    }

    record AliasBody(String alias, AliasKind kind) {
    }
}
