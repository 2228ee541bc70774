package org.planflow.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.planflow.organization.OrganizationWorkbook.Column;
import org.planflow.organization.OrganizationWorkbook.SheetRow;
import org.planflow.shared.CodedRefusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up or updates the district from an .xlsx workbook (see the template), all or nothing: the rows
 * are applied through the same services as by hand, in one transaction, and if any row is refused the
 * transaction is rolled back and every refused row is reported with its column and problem.
 */
@Service
@Transactional
@PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
public class OrganizationImportService {

    /** The name the template is downloaded under. */
    public static final String TEMPLATE_FILE_NAME = "单位和用户导入模板.xlsx";
    /** What the audit trail calls a download of the template. */
    public static final String TEMPLATE_DOWNLOAD = "organization-template";

    private static final Map<String, Column> UNIT_FIELDS = Map.of("code", Column.CODE, "name", Column.NAME,
            "type", Column.TYPE, "parent", Column.PARENT, "head", Column.HEAD);
    private static final Map<String, Column> USER_FIELDS = Map.of("username", Column.USERNAME,
            "displayName", Column.DISPLAY_NAME, "unit", Column.UNIT, "roles", Column.ROLES, "password", Column.PASSWORD,
            "email", Column.EMAIL);
    private static final Map<Column, AliasKind> ALIAS_COLUMNS = Map.of(Column.SHORT_NAMES, AliasKind.SHORT,
            Column.FORMER_NAMES, AliasKind.FORMER, Column.MERGED_UNITS, AliasKind.MERGED);

    private final UnitAdminService units;
    private final UserAdminService users;
    private final ApplicationEventPublisher events;

    public OrganizationImportService(UnitAdminService units, UserAdminService users, ApplicationEventPublisher events) {
        this.units = units;
        this.users = users;
        this.events = events;
    }

    /** The workbook to fill in. */
    @Transactional(readOnly = true)
    public byte[] template() {
        return OrganizationWorkbook.template();
    }

    /** Applies the workbook; throws {@link OrganizationImportException} listing every refused row, with nothing applied. */
    public ImportSummary importWorkbook(byte[] xlsx) {
        OrganizationWorkbook.Content content = OrganizationWorkbook.read(xlsx);
        Run run = new Run(units.units().stream().map(ManagedUnit::code).collect(java.util.stream.Collectors.toSet()));
        run.units(content.units());
        run.users(content.users());
        run.heads(content.units());
        if (!run.errors.isEmpty()) {
            throw new OrganizationImportException(run.errors);
        }
        ImportSummary summary = new ImportSummary(run.unitsCreated, run.unitsUpdated, run.usersCreated, run.usersUpdated);
        events.publishEvent(new OrganizationChanged(OrganizationAction.unitSubject("*"), OrganizationAction.ORGANIZATION_IMPORTED,
                summary.unitsCreated() + "+" + summary.unitsUpdated() + " units, " + summary.usersCreated() + "+"
                        + summary.usersUpdated() + " users"));
        return summary;
    }

    /** One import: rows applied in order (units, their parents, users, heads), refusals collected. */
    private final class Run {

        private final List<SheetRowError> errors = new ArrayList<>();
        private final Set<String> existingUnits;
        private final Set<String> failedUnits = new HashSet<>();
        private int unitsCreated;
        private int unitsUpdated;
        private int usersCreated;
        private int usersUpdated;

        Run(Set<String> existingUnits) {
            this.existingUnits = existingUnits;
        }

        void units(List<SheetRow> rows) {
            Map<String, Integer> seen = new HashMap<>();
            for (SheetRow row : rows) {
                String code = code(row);
                if (code != null && seen.putIfAbsent(code, row.row()) != null) {
                    error(row, Column.CODE, OrganizationProblem.REPEATED_IN_FILE, code, seen.get(code));
                    failedUnits.add(code);
                    continue;
                }
                boolean applied = attempt(row, UNIT_FIELDS, Column.CODE, () -> {
                    UnitType type = row.get(Column.TYPE) == null ? null : OrganizationWorkbook.type(row.get(Column.TYPE))
                            .orElseThrow(() -> OrganizationProblem.TYPE_UNKNOWN.at("type", row.get(Column.TYPE)));
                    if (code == null || !existingUnits.contains(code)) {
                        units.create(new UnitForm(code, row.get(Column.NAME), type, null, null, List.of()));
                        unitsCreated++;
                    } else {
                        ManagedUnit existing = units.unit(code);
                        units.update(code, new UnitForm(code, row.get(Column.NAME), type, existing.parent(), existing.head(),
                                List.of()));
                        unitsUpdated++;
                    }
                });
                if (!applied) {
                    failedUnits.add(code);
                    continue;
                }
                aliases(row, code);
            }
            for (SheetRow row : rows) {
                if (row.get(Column.PARENT) != null && !failedUnits.contains(code(row))) {
                    attempt(row, UNIT_FIELDS, Column.PARENT, () -> {
                        ManagedUnit unit = units.unit(code(row));
                        units.update(unit.code(), new UnitForm(unit.code(), unit.name(), unit.type(), row.get(Column.PARENT),
                                unit.head(), List.of()));
                    });
                }
            }
        }

        void users(List<SheetRow> rows) {
            Map<String, Integer> seen = new HashMap<>();
            for (SheetRow row : rows) {
                String username = row.get(Column.USERNAME);
                if (username != null && seen.putIfAbsent(username, row.row()) != null) {
                    error(row, Column.USERNAME, OrganizationProblem.REPEATED_IN_FILE, username, seen.get(username));
                    continue;
                }
                if (row.get(Column.UNIT) != null && failedUnits.contains(row.get(Column.UNIT).toLowerCase(Locale.ROOT))) {
                    // its unit was refused above: the row is checked again once the unit is right
                    continue;
                }
                attempt(row, USER_FIELDS, Column.USERNAME, () -> {
                    Set<String> roles = new LinkedHashSet<>(row.list(Column.ROLES).stream().map(OrganizationWorkbook::role).toList());
                    boolean exists = username != null && users.find(username).isPresent();
                    UserForm form = new UserForm(username, row.get(Column.DISPLAY_NAME), row.get(Column.UNIT), roles,
                            row.get(Column.EMAIL), exists ? null : row.get(Column.PASSWORD));
                    if (exists) {
                        users.update(username, form);
                        if (row.get(Column.PASSWORD) != null) {
                            users.resetPassword(username, row.get(Column.PASSWORD));
                        }
                        usersUpdated++;
                    } else {
                        users.create(form);
                        usersCreated++;
                    }
                });
            }
        }

        void heads(List<SheetRow> rows) {
            for (SheetRow row : rows) {
                if (row.get(Column.HEAD) != null && !failedUnits.contains(code(row))) {
                    attempt(row, UNIT_FIELDS, Column.HEAD, () -> {
                        ManagedUnit unit = units.unit(code(row));
                        units.update(unit.code(), new UnitForm(unit.code(), unit.name(), unit.type(), unit.parent(),
                                row.get(Column.HEAD), List.of()));
                    });
                }
            }
        }

        private void aliases(SheetRow row, String code) {
            ALIAS_COLUMNS.forEach((column, kind) -> {
                for (String alias : row.list(column)) {
                    boolean known = units.unit(code).aliases().stream().anyMatch(existing -> existing.alias().equalsIgnoreCase(alias));
                    if (!known) {
                        attempt(row, Map.of(), column, () -> units.addAlias(code, alias, kind));
                    }
                }
            });
        }

        /** Runs one change of a row; a refusal becomes a row error in the column of the refused field. */
        private boolean attempt(SheetRow row, Map<String, Column> fields, Column fallback, Runnable change) {
            try {
                change.run();
                return true;
            } catch (RuntimeException e) {
                if (!(e instanceof CodedRefusal refusal && refusal.problem() instanceof OrganizationProblem)) {
                    throw e;
                }
                Column column = fields.getOrDefault(refusal.field(), fallback);
                errors.add(new SheetRowError(column.sheet, row.row(), column.header, refusal.code(), refusal.values()));
                return false;
            }
        }

        /** Codes are lower case; the file may write them otherwise. */
        private static String code(SheetRow row) {
            return row.get(Column.CODE) == null ? null : row.get(Column.CODE).toLowerCase(Locale.ROOT);
        }

        private void error(SheetRow row, Column column, OrganizationProblem problem, Object... values) {
            errors.add(new SheetRowError(column.sheet, row.row(), column.header, problem.name(),
                    java.util.Arrays.stream(values).map(String::valueOf).toList()));
        }
    }
}
