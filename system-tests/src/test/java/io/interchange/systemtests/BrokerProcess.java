package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test profile's OpenMQ broker as a process of its own, so that it can be restarted while the
 * server keeps running. The broker normally runs embedded in the server's JVM (it cannot be
 * restarted there: OpenMQ refuses to restart an in-process broker); opening this switches the
 * domain to Payara's LOCAL broker (a child process the server starts and restarts) and closing it
 * switches back. Each switch restarts the domain; the deployed EAR and the broker's store stay.
 */
final class BrokerProcess implements AutoCloseable {

    private final Interchange interchange;
    private final int httpPort = URI.create(System.getProperty("interchange.url", "http://localhost:28080")).getPort();

    private BrokerProcess(Interchange interchange) {
        this.interchange = interchange;
    }

    /** Runs the broker as its own process until closed. */
    static BrokerProcess ownProcess(Interchange interchange) throws Exception {
        BrokerProcess broker = new BrokerProcess(interchange);
        broker.switchTo("LOCAL");
        return broker;
    }

    /**
     * Restarts the broker as an operator does ({@code imqcmd restart bkr}): it closes every
     * connection, stops, and the server starts it again; the server's connections and message
     * listeners reconnect by themselves.
     */
    void restart() throws Exception {
        OpenMq.imqcmd(List.of("restart", "bkr"), Duration.ofSeconds(120));
    }

    @Override
    public void close() throws Exception {
        switchTo("EMBEDDED");
    }

    private void switchTo(String type) throws Exception {
        List<String> set = new ArrayList<>(asadmin());
        set.addAll(List.of("set", "configs.config.server-config.jms-service.type=" + type,
                // the LOCAL broker's script adds a quoted -jrehome that Java 9+ does not take: give our own
                "configs.config.server-config.jms-service.start-args=-jrehome " + System.getProperty("java.home")));
        run(set, Duration.ofSeconds(60));
        run(List.of(asadminPath(), "restart-domain", "--domaindir",
                new File(RunScript.state("test"), "domains").getPath(), "interchange-test"), Duration.ofSeconds(300));
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(interchange::isReady);
    }

    private List<String> asadmin() {
        return List.of(asadminPath(), "--port", Integer.toString(httpPort - 80 + 48));
    }

    private static String asadminPath() {
        return new File(root(), ".runtime/payara6/bin/asadmin").getPath();
    }

    private static void run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)).as(String.join(" ", command) + " in time").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static File root() {
        return new File(System.getProperty("interchange.root", ".."));
    }
}
