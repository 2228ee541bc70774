package org.planflow.importing;

/**
 * A unit named by a file: the known unit's code and name when the name was matched, or only the
 * name as written (code null) for the drafter to resolve.
 */
public record ProposedUnit(String code, String name) {

    public static ProposedUnit unmatched(String name) {
        return new ProposedUnit(null, name);
    }

    public boolean matched() {
        return code != null;
    }
}
