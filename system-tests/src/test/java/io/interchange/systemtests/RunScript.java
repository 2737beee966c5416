package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The run script as a user runs it, on the test profile; returns what it printed. */
final class RunScript {

    private RunScript() {
    }

    /** {@code ./interchange start --profile test --no-build}, optionally with another EAR; fails the test unless it exits 0. */
    static String start(Path ear) throws Exception {
        return run(ear, "start", "--profile", "test", "--no-build");
    }

    /** {@code ./interchange stop-server --profile test}: a graceful stop of Payara Server alone. */
    static String stopServer() throws Exception {
        return run(null, "stop-server", "--profile", "test");
    }


    private static String run(Path ear, String... arguments) throws Exception {
        Finished finished = execute(ear == null ? Map.of() : Map.of("INTERCHANGE_EAR", ear.toString()), arguments);
        assertThat(finished.exitCode()).as("./interchange %s exited with:%n%s", String.join(" ", arguments),
                finished.printed()).isZero();
        return finished.printed();
    }

    /** What a run of the script printed and how it exited. */
    record Finished(int exitCode, String printed) {
    }

    /** Runs {@code ./interchange} with these arguments and extra environment variables. */
    static Finished execute(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(new File(root(), "interchange").getPath());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("the run script finished in time").isTrue();
        String printed = new String(output, StandardCharsets.UTF_8);
        System.out.println(printed);
        return new Finished(process.exitValue(), printed);
    }

    /** The run script's folder for a profile's domain: {@code .runtime/<profile>}, or {@code <profile>-postgresql}. */
    static File state(String profile) {
        boolean postgresql = "postgresql".equals(System.getenv("INTERCHANGE_DB"));
        return new File(root(), ".runtime/" + profile + (postgresql ? "-postgresql" : ""));
    }

    static File root() {
        return new File(System.getProperty("interchange.root", ".."));
    }
}
