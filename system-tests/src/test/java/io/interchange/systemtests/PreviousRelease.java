package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test domain's H2 database turned back into one of the last release before schema migrations,
 * rows and waiting messages kept: that release's tables are version 1 of every context
 * (SchemaMigrationsTest checks the platform's column by column), so without the history tables and
 * what the later versions added, it is that release's database. Run while the server is stopped,
 * with the H2 of Payara Server that wrote the file.
 */
final class PreviousRelease {

    static final List<String> CONTEXTS = List.of("platform", "orders", "registration", "console");

    private static final String BACK_TO_THE_RELEASE_BEFORE_MIGRATIONS = String.join(" ",
            "DROP TABLE IF EXISTS SCHEMA_HISTORY_PLATFORM;", "DROP TABLE IF EXISTS SCHEMA_HISTORY_ORDERS;",
            "DROP TABLE IF EXISTS SCHEMA_HISTORY_REGISTRATION;", "DROP TABLE IF EXISTS SCHEMA_HISTORY_CONSOLE;",
            // platform V2 and orders V2
            "DROP INDEX IF EXISTS JOURNAL_AT_IDX;", "DROP INDEX IF EXISTS INBOUND_EVENT_RECEIVED_IDX;",
            "DROP INDEX IF EXISTS PROCESSED_MESSAGE_AT_IDX;", "DROP INDEX IF EXISTS ORDERS_ERP_ORDER_ID_IDX;",
            "DROP INDEX IF EXISTS ORDERS_ERP_ORDER_NUMBER_IDX;");

    private PreviousRelease() {
    }

    static void database(File state) throws Exception {
        File database = new File(state, "domains/interchange-test/lib/databases/interchange");
        assertThat(new File(database.getPath() + ".mv.db")).as("the test domain's H2 database").exists();
        File h2 = new File(RunScript.root(), ".runtime/payara6/h2db/bin/h2.jar");
        Process shell = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2.getPath(), "org.h2.tools.Shell", "-url", "jdbc:h2:" + database.getAbsolutePath(),
                "-user", "", "-password", "", "-sql", BACK_TO_THE_RELEASE_BEFORE_MIGRATIONS)
                .redirectErrorStream(true).start();
        String printed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(shell.exitValue()).as(printed).isZero();
        assertThat(printed).as("H2 shell").doesNotContain("Exception", "Error:");
    }

    /**
     * How many times the server's logs (all of server.log*) say a context's schema was migrated from
     * no version: "none" for the first context to migrate in a database without tables, "0" (the
     * baseline of a database that has tables) for the others and for an upgraded one.
     */
    static long migrationsFromNothing(File state, String context) throws IOException {
        Pattern line = Pattern.compile("schema of " + Pattern.quote(context) + ": migrated from version (none|0) to ");
        long found = 0;
        try (Stream<Path> logs = Files.list(state.toPath().resolve("domains/interchange-test/logs"))) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("server.log")).toList()) {
                Matcher matcher = line.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                while (matcher.find()) {
                    found++;
                }
            }
        }
        return found;
    }
}
