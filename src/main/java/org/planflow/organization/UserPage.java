package org.planflow.organization;

import java.util.List;

/** One page of a user search and how many users match in all. */
public record UserPage(List<ManagedUser> items, long total) {
}
