package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code ./interchange start --profile production} as an operator runs it on a company's server: every
 * address and secret from the environment, the admin port guarded by a password and HTTPS, and only
 * the HTTP listeners reachable from other machines.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionProfileIT {

    private static final int HTTP_PORT = 48080;
    private static final int ADMIN_PORT = 48048;
    /** Admin, broker (port mapper), JMX, IIOP, Hazelcast: Payara's offsets from the port base 48000. */
    private static final Set<Integer> LOCAL_ONLY = Set.of(ADMIN_PORT, 48076, 48086, 48037, 48049);

    private final String adminPassword = "pw-" + UUID.randomUUID();
    private final String opsKey = "ops-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A domain left by an earlier run has that run's admin password: the test starts a new one. */
    @BeforeAll
    static void noDomainOfAnEarlierRun() throws Exception {
        RunScript.execute(Map.of(), "stop", "--profile", "production");
        Path domains = new File(RunScript.state("production"), "domains").toPath();
        if (Files.exists(domains)) {
            try (Stream<Path> paths = Files.walk(domains)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        RunScript.execute(Map.of(), "stop", "--profile", "production");
    }

    @Test
    @Order(1)
    void refusesToStartWithoutItsSettingsNamingEachMissingOne() throws Exception {
        Map<String, String> settings = settings();
        settings.remove("ERP_TOKEN");
        settings.remove("INTERCHANGE_ADMIN_PASSWORD");

        RunScript.Finished finished = RunScript.execute(settings, "start", "--profile", "production", "--no-build");

        assertThat(finished.exitCode()).isEqualTo(2);
        assertThat(finished.printed()).contains("needs these environment variables: INTERCHANGE_ADMIN_PASSWORD ERP_TOKEN")
                .doesNotContain("creating domain");
    }

    @Test
    @Order(2)
    void startsASecuredDomainThatTakesItsSecretsFromTheEnvironment() throws Exception {
        RunScript.Finished finished = RunScript.execute(settings(), "start", "--profile", "production", "--no-build");

        assertThat(finished.exitCode()).as(finished.printed()).isZero();
        assertThat(finished.printed()).doesNotContain(adminPassword).doesNotContain(opsKey)
                .doesNotContain("Simulators").contains("https://localhost:" + ADMIN_PORT);
        assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);
        // the keys are the environment's: the operator's key is known, the demo's is not
        assertThat(get("/api/v1/tracking/messages/" + UUID.randomUUID(), opsKey).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/tracking/messages/" + UUID.randomUUID(), Interchange.OPS_KEY).statusCode())
                .isEqualTo(401);

        assertThat(asadmin(null, "list-applications")).as("asadmin without the password").isNotZero();
        assertThat(asadmin(adminPassword, "list-applications")).as("asadmin with the password").isZero();
        HttpResponse<Void> plainAdmin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ADMIN_PORT + "/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plainAdmin.statusCode()).as("plain HTTP on the admin port is sent to HTTPS").isEqualTo(302);
        assertThat(plainAdmin.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://"));

        Set<String> sockets = new java.util.HashSet<>(socketsOf(serverPid()));
        brokerPid().ifPresent(broker -> sockets.addAll(socketsOf(broker)));
        Map<Integer, Set<String>> listening = listeningAddresses(sockets);
        assertThat(listening.get(HTTP_PORT)).as("the HTTP listener").allMatch(address -> !isLoopback(address));
        for (int port : LOCAL_ONLY) {
            assertThat(listening.get(port)).as("port %d", port).isNotEmpty().allMatch(ProductionProfileIT::isLoopback);
        }
        Set<Integer> publicPorts = listening.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(address -> !isLoopback(address)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(publicPorts).as("ports of the server reachable from other machines (also the broker's own)")
                .containsOnly(HTTP_PORT, HTTP_PORT + 1);
    }

    /** Each test has a password of its own: this one is not the one the domain was created with. */
    @Test
    @Order(3)
    void namesTheAdminPasswordWhenItIsNotTheDomains() throws Exception {
        RunScript.Finished finished = RunScript.execute(settings(), "start", "--profile", "production", "--no-build");

        assertThat(finished.exitCode()).as(finished.printed()).isNotZero();
        assertThat(finished.printed()).contains("INTERCHANGE_ADMIN_PASSWORD is not the admin password of domain")
                .doesNotContain(adminPassword);
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("INTERCHANGE_HTTP_PORT", String.valueOf(HTTP_PORT));
        settings.put("INTERCHANGE_ADMIN_PASSWORD", adminPassword);
        settings.put("OPS_API_KEY", opsKey);
        for (String name : List.of("ECP_TOKEN", "ECP_API_KEY", "ERP_COMPANY_ID", "ERP_TOKEN", "ERP_API_KEY",
                "VIEWER_API_KEY", "WEB_API_KEY", "PAYPAL_CLIENT_ID", "PAYPAL_SECRET", "MAILCHIMP_API_KEY",
                "MAILCHIMP_LIST_ID")) {
            settings.put(name, name.toLowerCase() + "-" + UUID.randomUUID());
        }
        settings.put("ECP_SIGNING_SECRET", Interchange.ECP_SECRET);
        settings.put("ECP_BASE_URL", "http://localhost:48091/ecp");
        settings.put("ERP_BASE_URL", "http://localhost:48092/erp/api/v2.0");
        settings.put("PAYPAL_BASE_URL", "http://localhost:48093/paypal");
        settings.put("MAILCHIMP_BASE_URL", "http://localhost:48094/mailchimp/3.0");
        settings.put("SMTP_HOST", "localhost");
        settings.put("SMTP_PORT", "48095");
        settings.put("INTERCHANGE_ALERTS_MAIL_TO", "operators@example.com");
        return settings;
    }

    private HttpResponse<String> get(String path, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Exit code of a remote asadmin command, with the admin password or without any. */
    private int asadmin(String password, String subcommand) throws Exception {
        Path asadmin = new File(RunScript.root(), ".runtime/payara6/bin/asadmin").toPath();
        Path passwordFile = Files.createTempFile("asadmin", ".txt");
        try {
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + (password == null ? "" : password) + "\n");
            Process process = new ProcessBuilder(asadmin.toString(), "--interactive=false", "--user", "admin",
                    "--passwordfile", passwordFile.toString(), "--port", String.valueOf(ADMIN_PORT), subcommand)
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(System.out);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private static String serverPid() throws Exception {
        Path pidFile = new File(RunScript.state("production"), "domains/interchange-production/config/pid").toPath();
        return Files.readString(pidFile).trim();
    }

    /**
     * The OpenMQ broker's own process, when the broker runs in one ({@code INTERCHANGE_BROKER=remote}):
     * its port is then there, not in the server's.
     */
    private static java.util.Optional<String> brokerPid() throws java.io.IOException {
        // the run script names the broker's home by the state directory's path as it sees it
        String varhome = "/.runtime/" + RunScript.state("production").getName() + "/broker ";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().matches("\\d+")).filter(dir -> {
                try {
                    String command = Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
                    return command.contains("jmsserver.Broker") && command.contains(varhome)
                            && command.contains("-varhome ");
                } catch (java.io.IOException goneMeanwhile) {
                    return false;
                }
            }).map(dir -> dir.getFileName().toString()).findFirst();
        }
    }

    /** The socket inodes a process holds open. */
    private static Set<String> socketsOf(String pid) {
        try (Stream<Path> links = Files.list(Path.of("/proc", pid, "fd"))) {
            return links.map(link -> {
                try {
                    return Files.readSymbolicLink(link).toString();
                } catch (java.io.IOException closedMeanwhile) {
                    return "";
                }
            }).filter(target -> target.startsWith("socket:[")).map(target -> target.substring(8, target.length() - 1))
                    .collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The listening TCP sockets among these, by port, from /proc/net/tcp and tcp6 (hex addresses). */
    private static Map<Integer, Set<String>> listeningAddresses(Set<String> sockets) throws Exception {
        Map<Integer, Set<String>> listening = new HashMap<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(columns -> "0A".equals(columns[3]) && sockets.contains(columns[9]))
                        .forEach(columns -> {
                            String[] local = columns[1].split(":");
                            listening.computeIfAbsent(Integer.parseInt(local[1], 16), port -> new java.util.HashSet<>())
                                    .add(local[0]);
                        });
            }
        }
        return listening;
    }

    /** 127.0.0.1 as /proc writes it, alone (IPv4) or IPv4-mapped (IPv6), or ::1. */
    private static boolean isLoopback(String hexAddress) {
        return hexAddress.equals("0100007F") || hexAddress.equals("0000000000000000FFFF00000100007F")
                || hexAddress.equals("00000000000000000000000001000000");
    }
}
