package org.planflow.inbox.persistence;

import java.util.Collection;
import java.util.List;

import org.planflow.inbox.InboxEntry;

/** An open task being claimed or completed, with the groups and users it is offered to. */
public record LockedTask(InboxEntry entry, List<String> candidateGroups, List<String> candidateUsers) {

    /** Whether the task is offered to the user by name or to one of their groups. */
    public boolean offeredTo(String username, Collection<String> groups) {
        return candidateUsers.contains(username) || candidateGroups.stream().anyMatch(groups::contains);
    }
}
