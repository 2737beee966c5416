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
        setOn(testAdminPort(), name, value);
    }

    static void remove(String name) throws Exception {
        removeOn(testAdminPort(), name);
    }

    /** On the domain whose admin port is this one (another server's). */
    static void setOn(int adminPort, String name, String value) throws Exception {
        run(adminPort, "set-config-property", "--propertyName=" + name, "--propertyValue=" + value, "--source=domain");
    }

    static void removeOn(int adminPort, String name) throws Exception {
        run(adminPort, "delete-config-property", "--propertyName=" + name, "--source=domain");
    }

    /** Removes the property if the domain has it (after a test that may have stopped before removing it). */
    static void removeIfSet(String name) throws Exception {
        removeIfSetOn(testAdminPort(), name);
    }

    static void removeIfSetOn(int adminPort, String name) throws Exception {
        try {
            removeOn(adminPort, name);
        } catch (AssertionError notSet) {
            // asadmin refuses to delete a property that is not there: nothing to do
        }
    }

    /** The test profile's server: its admin port is its HTTP port's neighbour in the port base. */
    static int testAdminPort() {
        int httpPort = URI.create(System.getProperty("interchange.url", "http://localhost:28080")).getPort();
        return httpPort - 80 + 48;
    }

    private static void run(int adminPort, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                new File(System.getProperty("interchange.root", ".."), ".runtime/payara6/bin/asadmin").getPath(),
                "--port", Integer.toString(adminPort)));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command) + " in time").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
