package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The test profile's Payara Server as a process: killed with SIGKILL and started again, as a crash. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** {@code kill -9} of the server, then a restart of the same domain; returns once the platform is ready. */
    static void killAndRestart(Interchange interchange) throws Exception {
        long pid = serverPid();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));

        Process start = new ProcessBuilder(new File(root(), "interchange").getPath(), "start-server", "--profile", "test")
                .inheritIO().start();
        assertThat(start.waitFor(300, TimeUnit.SECONDS)).as("server restarted in time").isTrue();
        assertThat(start.exitValue()).isZero();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(interchange::isReady);
    }

    private static File root() {
        return new File(System.getProperty("interchange.root", ".."));
    }

    static long serverPid() throws Exception {
        Path pidFile = RunScript.state("test").toPath().resolve("domains/interchange-test/config/pid");
        return Long.parseLong(Files.readString(pidFile).trim());
    }
}
