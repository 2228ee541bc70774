package org.planflow.organization;

/**
 * Why a unit has another name: a short form (简称, 区发改委), a name it had before (曾用名), a unit merged
 * into it by institutional reform (机构改革, 工商分局 → 区市场监管局), or any other way documents write it.
 */
public enum AliasKind {
    SHORT, FORMER, MERGED, OTHER
}
