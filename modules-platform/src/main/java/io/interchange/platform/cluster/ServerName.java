package io.interchange.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * This server's name in the cluster: it holds leases, is seen alive and relays its outbox rows under
 * it. {@code interchange.server-name} (the run script passes {@code INTERCHANGE_SERVER_NAME}), else
 * {@code <hostname>-<pid>}, which changes with every start: a restarted server is a new member, and
 * the rows its previous run left are taken over like those of any server gone.
 */
public record ServerName(String value) {

    public static final String SETTING = "interchange.server-name";
    static final int LENGTH = 200;

    public ServerName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a server name must not be blank");
        }
        value = value.strip();
        value = value.length() <= LENGTH ? value : value.substring(0, LENGTH);
    }

    public static ServerName of(Config config) {
        return of(config.getOptionalValue(SETTING, String.class));
    }

    static ServerName of(Optional<String> configured) {
        return new ServerName(configured.filter(name -> !name.isBlank()).orElseGet(ServerName::hostAndPid));
    }

    static String hostAndPid() {
        return host() + "-" + ProcessHandle.current().pid();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank()).orElse("localhost");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
