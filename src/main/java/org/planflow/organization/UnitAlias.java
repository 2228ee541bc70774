package org.planflow.organization;

/** Another name of a unit; without a kind it is {@link AliasKind#OTHER}. */
public record UnitAlias(String alias, AliasKind kind) {

    public UnitAlias {
        kind = kind == null ? AliasKind.OTHER : kind;
    }
}
