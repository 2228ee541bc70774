package org.planflow.inbox.persistence;

import java.util.List;

import org.planflow.inbox.InboxEntry;

/** An open task being completed, with the groups and users it is offered to. */
public record LockedTask(InboxEntry entry, List<String> candidateGroups, List<String> candidateUsers) {
}
