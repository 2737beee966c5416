package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MicroProfile Config properties of the test domain, set and removed with asadmin as an operator
 * does ({@code set-config-property --source=domain}): the running application sees them within
 * Payara's config cache time (60 s by default, 2 s in the test profile's domain), without a restart.
 */
final class DomainConfig {

    private DomainConfig() {
    }

    static void set(String name, String value) throws Exception {
        run("set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
    }

    static void remove(String name) throws Exception {
        run("delete-config-property", "--propertyName=" + name, "--source=domain");
    }

    /** Removes the property if the domain has it (after a test that may have stopped before removing it). */
    static void removeIfSet(String name) throws Exception {
        try {
            remove(name);
        } catch (AssertionError notSet) {
            // asadmin refuses to delete a property that is not there: nothing to do
        }
    }

    private static void run(String... arguments) throws Exception {
        int httpPort = URI.create(System.getProperty("interchange.url", "http://localhost:28080")).getPort();
        List<String> command = new java.util.ArrayList<>(List.of(
                new File(System.getProperty("interchange.root", ".."), ".runtime/payara6/bin/asadmin").getPath(),
                "--port", Integer.toString(httpPort - 80 + 48)));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command) + " in time").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
