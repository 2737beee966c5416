package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * Holds one outbox row of a server's in the shared PostgreSQL: a trigger refuses that server's
 * delete of the first row it writes for {@code queue}, so after each send the row stays, in its
 * name, as if the server had died between sending and deleting. Whoever finally deletes it is
 * recorded. The trigger and its tables are the test's own ({@code it_…}) and go on {@link #close()}.
 * <p>
 * Reaches the test profile's local cluster (the run script's, port base 28000 + 32) with {@code psql}.
 */
final class OutboxHold implements AutoCloseable {

    private static final String PORT = "28032";

    private OutboxHold(String server, String queue) {
        sql("CREATE TABLE IF NOT EXISTS it_outbox_hold (k INT PRIMARY KEY, row_id VARCHAR NOT NULL,"
                + " message_id VARCHAR NOT NULL);"
                + "CREATE TABLE IF NOT EXISTS it_outbox_hold_deleted (row_id VARCHAR PRIMARY KEY, relay_by VARCHAR);"
                + "TRUNCATE it_outbox_hold, it_outbox_hold_deleted;"
                + "CREATE OR REPLACE FUNCTION it_hold_outbox_row() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "  IF OLD.relay_by = '" + server + "' AND OLD.queue_name = '" + queue + "' THEN\n"
                + "    INSERT INTO it_outbox_hold VALUES (1, OLD.id, OLD.message_id) ON CONFLICT (k) DO NOTHING;\n"
                + "    IF EXISTS (SELECT 1 FROM it_outbox_hold WHERE row_id = OLD.id) THEN RETURN NULL; END IF;\n"
                + "  END IF;\n"
                + "  IF EXISTS (SELECT 1 FROM it_outbox_hold WHERE row_id = OLD.id) THEN\n"
                + "    INSERT INTO it_outbox_hold_deleted VALUES (OLD.id, OLD.relay_by);\n"
                + "  END IF;\n"
                + "  RETURN OLD;\n"
                + "END $$;"
                + "DROP TRIGGER IF EXISTS it_hold_outbox_row ON outbox_message;"
                + "CREATE TRIGGER it_hold_outbox_row BEFORE DELETE ON outbox_message FOR EACH ROW"
                + " EXECUTE FUNCTION it_hold_outbox_row();");
    }

    /** Holds the first row {@code server} writes for {@code queue} from now on. */
    static OutboxHold firstRowOf(String server, String queue) {
        return new OutboxHold(server, queue);
    }

    /** The held row's message id, once the server has sent it and failed to delete it; else null. */
    String heldMessage() {
        String id = sql("SELECT message_id FROM it_outbox_hold");
        return id.isEmpty() ? null : id;
    }

    /** The server the held row names now (the one that sends it), or "" once it is deleted. */
    String relayBy() {
        return sql("SELECT o.relay_by FROM outbox_message o JOIN it_outbox_hold h ON o.id = h.row_id");
    }

    /** The server that deleted the held row after sending it, or null while it is there. */
    String deletedBy() {
        String server = sql("SELECT relay_by FROM it_outbox_hold_deleted");
        return server.isEmpty() ? null : server;
    }

    @Override
    public void close() {
        sql("DROP TRIGGER IF EXISTS it_hold_outbox_row ON outbox_message;"
                + "DROP FUNCTION IF EXISTS it_hold_outbox_row();"
                + "DROP TABLE IF EXISTS it_outbox_hold, it_outbox_hold_deleted;");
    }

    private static String sql(String statements) {
        try {
            File cluster = new File(RunScript.state("test"), "postgresql");
            String password = Files.readString(new File(cluster, "password").toPath()).strip();
            ProcessBuilder psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", PORT, "-U", "interchange",
                    "-d", "interchange", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", statements)
                    .redirectErrorStream(true);
            psql.environment().put("PGPASSWORD", password);
            Process process = psql.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("psql ended").isTrue();
            assertThat(process.exitValue()).as("psql: %s", printed).isZero();
            return printed;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
