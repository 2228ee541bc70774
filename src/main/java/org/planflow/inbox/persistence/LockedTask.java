package org.planflow.inbox.persistence;

import java.util.Collection;
import java.util.List;

import org.planflow.inbox.InboxEntry;

/**
 * An open task being claimed or completed, with the groups and users it is offered to and the person it was first
 * given to (null: nobody).
 */
public record LockedTask(InboxEntry entry, List<String> candidateGroups, List<String> candidateUsers, String firstHolder) {

    /** Held by the person it was first given to (a unit's liaison), whom a member of its groups may take it over from. */
    public boolean heldByFirstHolder() {
        return entry.assignee() != null && entry.assignee().equals(firstHolder);
    }

    /** Whether the task is offered to the user by name or to one of their groups. */
    public boolean offeredTo(String username, Collection<String> groups) {
        return candidateUsers.contains(username) || candidateGroups.stream().anyMatch(groups::contains);
    }
}
