package org.planflow.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.planflow.organization.engine.UnitWork;
import org.planflow.organization.persistence.UnitRepository;
import org.planflow.organization.persistence.UserRepository;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's hand on the district's units: create, rename, move (parent, type), name the head
 * (负责人), keep the aliases, disable (only once no work is left for the unit) and enable again. Every
 * change is published as {@link OrganizationChanged} for the audit trail, and the engine's groups,
 * derived from these tables, follow at once.
 */
@Service
@Transactional
@PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
public class UnitAdminService {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String RESERVED_PREFIX = "role-";

    private final UnitRepository units;
    private final UserRepository users;
    private final UnitWork work;
    private final ApplicationEventPublisher events;

    public UnitAdminService(UnitRepository units, UserRepository users, UnitWork work,
                            ApplicationEventPublisher events) {
        this.units = units;
        this.users = users;
        this.work = work;
        this.events = events;
    }

    /** Every unit, those in use first, in display order. */
    @Transactional(readOnly = true)
    public List<ManagedUnit> units() {
        return units.units();
    }

    /** One page of every unit, those in use first, with how many there are. */
    @Transactional(readOnly = true)
    public PageOf<ManagedUnit> units(PageRequest page) {
        return PageOf.of(units.units(page.offset(), page.size()), page, units.countUnits());
    }

    @Transactional(readOnly = true)
    public ManagedUnit unit(String code) {
        return units.unit(code).orElseThrow(() -> new NotFoundException("No unit with code '" + code + "'"));
    }

    /** A new unit; its head is named once it has people, its aliases may come with it. */
    public ManagedUnit create(UnitForm form) {
        String code = code(form.code());
        if (units.exists(code)) {
            throw OrganizationProblem.CODE_TAKEN.at("code", code);
        }
        String name = name(form.name(), code);
        UnitType type = type(form.type());
        String parent = parent(code, form.parent());
        if (form.head() != null && !form.head().isBlank()) {
            throw OrganizationProblem.HEAD_NOT_MEMBER.at("head", form.head().strip());
        }
        List<UnitAlias> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UnitAlias alias : form.aliases()) {
            String clean = alias(alias.alias(), name, code);
            if (seen.add(UnitSearch.normalize(clean))) {
                aliases.add(new UnitAlias(clean, alias.kind()));
            }
        }
        units.insert(code, name, type, parent);
        publish(code, OrganizationAction.UNIT_CREATED, name + " " + type + (parent == null ? "" : " ⊂ " + parent));
        aliases.forEach(alias -> putAlias(code, alias));
        return unit(code);
    }

    /**
     * Renames (the old name stays findable as a former name, 曾用名), moves under another parent or to
     * another type, and names the head, who must be an enabled user of the unit (null: none).
     */
    public ManagedUnit update(String code, UnitForm form) {
        ManagedUnit unit = unit(code);
        String name = name(form.name(), code);
        UnitType type = type(form.type());
        String parent = parent(code, form.parent());
        String head = head(code, form.head());
        if (!name.equals(unit.name()) || type != unit.type() || !Objects.equals(parent, unit.parent())) {
            units.update(code, name, type, parent);
            units.deleteAlias(code, name);
            publish(code, OrganizationAction.UNIT_CHANGED, name + " " + type + (parent == null ? "" : " ⊂ " + parent));
            if (!name.equals(unit.name())) {
                putAlias(code, new UnitAlias(unit.name(), AliasKind.FORMER));
            }
        }
        if (!Objects.equals(head, unit.head())) {
            units.setHead(code, head);
            publish(code, OrganizationAction.UNIT_HEAD_SET, head == null ? "" : head);
        }
        return unit(code);
    }

    /**
     * Takes the unit out of use: pickers, recipient groups and name matching no longer offer it. Refused
     * while the engine holds work for it, with the work listed. With {@code mergeInto}, the unit was merged
     * into another by institutional reform: its name and aliases become that unit's (机构改革).
     */
    public ManagedUnit disable(String code, String mergeInto) {
        ManagedUnit unit = unit(code);
        if (!unit.enabled()) {
            return unit;
        }
        ManagedUnit target = null;
        if (mergeInto != null && !mergeInto.isBlank()) {
            target = units.unit(mergeInto.strip())
                    .orElseThrow(() -> OrganizationProblem.UNIT_UNKNOWN.at("mergeInto", mergeInto.strip()));
            if (!target.enabled() || target.code().equals(code)) {
                throw OrganizationProblem.UNIT_DISABLED.at("mergeInto", target.name());
            }
        }
        List<OpenWork> open = work.of(code, users.usernamesOfUnit(code));
        if (!open.isEmpty()) {
            throw new UnitBusyException(unit.name(), open);
        }
        units.setEnabled(code, false);
        publish(code, OrganizationAction.UNIT_DISABLED, target == null ? "" : "→ " + target.code());
        if (target != null) {
            putAlias(target.code(), new UnitAlias(unit.name(), AliasKind.MERGED));
            for (UnitAlias alias : unit.aliases()) {
                putAlias(target.code(), new UnitAlias(alias.alias(), AliasKind.MERGED));
            }
        }
        return unit(code);
    }

    /** Back in use, unless its name has meanwhile become another unit's name or alias. */
    public ManagedUnit enable(String code) {
        ManagedUnit unit = unit(code);
        if (unit.enabled()) {
            return unit;
        }
        requireNameFree("name", unit.name(), code);
        units.setEnabled(code, true);
        publish(code, OrganizationAction.UNIT_ENABLED, "");
        return unit(code);
    }

    /**
     * The alias as it would be stored for a unit still to be created (spaces dropped), or the refusal it
     * would meet: a form checks each alias as it is typed.
     */
    @Transactional(readOnly = true)
    public UnitAlias checkAlias(UnitAlias alias, String newUnitName) {
        return new UnitAlias(alias(alias.alias(), newUnitName == null ? "" : newUnitName, ""), alias.kind());
    }

    /** Another name of the unit, kind {@link AliasKind#OTHER}: how documents write it, learned on import. */
    public ManagedUnit addAlias(String code, String alias) {
        return addAlias(code, alias, AliasKind.OTHER);
    }

    /**
     * 本区未找到单位 → "add as alias of…": the drafter who met the name in a document teaches it to the district,
     * so later imports and pickers recognise it.
     */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).ADMIN, T(org.planflow.shared.Roles).DRAFTER)")
    public ManagedUnit addAliasFromDocument(String code, String alias) {
        return addAlias(code, alias, AliasKind.OTHER);
    }

    /**
     * Another name of the unit. An alias names one unit only: 409 if it is another unit's name or alias
     * (an alias of a unit no longer in use moves over, as when units merge).
     */
    public ManagedUnit addAlias(String code, String alias, AliasKind kind) {
        ManagedUnit unit = unit(code);
        String clean = alias(alias, unit.name(), code);
        putAlias(code, new UnitAlias(clean, kind));
        return unit(code);
    }

    public ManagedUnit removeAlias(String code, String alias) {
        unit(code);
        if (!units.deleteAlias(code, alias == null ? "" : alias.strip())) {
            throw new NotFoundException("Unit " + code + " has no alias '" + alias + "'");
        }
        publish(code, OrganizationAction.ALIAS_REMOVED, alias.strip());
        return unit(code);
    }

    private void putAlias(String code, UnitAlias alias) {
        units.putAlias(code, alias.alias(), alias.kind());
        publish(code, OrganizationAction.ALIAS_ADDED, alias.kind() + " " + alias.alias());
    }

    private String alias(String alias, String unitName, String code) {
        String clean = Texts.required("aliases", alias == null ? null : alias.replaceAll("[\\s\\u3000]+", ""), MAX_NAME);
        if (clean.equalsIgnoreCase(unitName)) {
            throw OrganizationProblem.ALIAS_IS_NAME.at("aliases", clean);
        }
        requireNameFree("aliases", clean, code);
        return clean;
    }

    /** No other unit in use has this name or alias, and no alias of an enabled unit is it. */
    private void requireNameFree(String field, String name, String code) {
        units.enabledUnitCalled(name).filter(owner -> !owner.equals(code)).ifPresent(owner -> {
            throw OrganizationProblem.NAME_TAKEN.at(field, name, unit(owner).name());
        });
        units.aliasOwner(name).filter(owner -> !owner.equals(code)).map(this::unit).filter(ManagedUnit::enabled)
                .ifPresent(owner -> {
                    throw OrganizationProblem.NAME_TAKEN.at(field, name, owner.name());
                });
    }

    private static String code(String value) {
        String code = Texts.required("code", value, MAX_CODE).toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw OrganizationProblem.CODE_INVALID.at("code", code);
        }
        if (code.startsWith(RESERVED_PREFIX) || code.equals(Groups.CAMUNDA_ADMIN)) {
            throw OrganizationProblem.CODE_RESERVED.at("code", code);
        }
        return code;
    }

    private String name(String value, String code) {
        String name = Texts.required("name", value, MAX_NAME);
        requireNameFree("name", name, code);
        return name;
    }

    private static UnitType type(UnitType type) {
        if (type == null) {
            throw OrganizationProblem.REQUIRED.at("type");
        }
        return type;
    }

    /** The parent's code (null: at the top); it must be in use and not the unit itself or below it. */
    private String parent(String code, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ManagedUnit parent = units.unit(value.strip()).orElseThrow(() -> OrganizationProblem.UNIT_UNKNOWN.at("parent", value.strip()));
        if (!parent.enabled()) {
            throw OrganizationProblem.UNIT_DISABLED.at("parent", parent.name());
        }
        Set<String> above = new HashSet<>();
        for (ManagedUnit step = parent; step != null; step = step.parent() == null ? null : units.unit(step.parent()).orElse(null)) {
            if (step.code().equals(code) || !above.add(step.code())) {
                throw OrganizationProblem.PARENT_CYCLE.at("parent", code, parent.name());
            }
        }
        return parent.code();
    }

    private String head(String code, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String head = value.strip();
        boolean member = users.managedUser(head)
                .filter(user -> user.enabled() && user.unit().code().equals(code))
                .isPresent();
        if (!member) {
            throw OrganizationProblem.HEAD_NOT_MEMBER.at("head", head);
        }
        return head;
    }

    private void publish(String code, OrganizationAction action, String details) {
        events.publishEvent(new OrganizationChanged(OrganizationAction.unitSubject(code), action, details));
    }
}
