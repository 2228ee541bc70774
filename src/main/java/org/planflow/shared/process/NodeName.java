package org.planflow.shared.process;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How a PlanFlow node names itself where several share one database: {@code planflow.node.name} when set,
 * else the host name and the HTTP port (two nodes on one machine listen on different ports), else the host
 * name and the process id (a random port is known only after the engine has started).
 */
final class NodeName {

    private NodeName() {
    }

    static String resolve(String configured, int serverPort) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return hostName() + ":" + (serverPort > 0 ? String.valueOf(serverPort) : "pid" + ProcessHandle.current().pid());
    }

    /** Docker sets HOSTNAME to the container's name; elsewhere the machine's own name. */
    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
