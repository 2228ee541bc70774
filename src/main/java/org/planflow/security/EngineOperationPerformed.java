package org.planflow.security;

import java.time.Instant;

/**
 * A changing call into the engine's own doors (/engine-rest, the REST API behind Cockpit, Admin and Tasklist),
 * by an administrator: method, path, the answer's status and who from where. Published for the audit trail.
 */
public record EngineOperationPerformed(String username, String clientAddress, String method, String path, int status,
                                       Instant at) {
}
