package io.interchange.platform.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.clients.ApiClient;
import io.interchange.platform.clients.Role;
import io.interchange.platform.database.PolledRows;
import io.interchange.platform.intake.EventIntake;
import io.interchange.platform.intake.IntakeResult;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.systems.Systems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One poll of a database system, in one JTA transaction of Interchange's database: lock the
 * system's watermark, read the rows after it, accept each row's event through the
 * {@link EventIntake} (stored, journaled, fanned out), move the watermark past the last row, commit.
 * A crash before the commit records nothing and the rows are read again; after it they are not,
 * and a row read twice anyway (a rewind, a mark that did not happen) is the same event, which the
 * intake keeps once.
 */
@ApplicationScoped
public class TablePoll {

    /** What one poll did; nothing when the system is not online. */
    public record Outcome(int rowsRead, int accepted, int duplicates, List<ObjectNode> rows) {

        static final Outcome NOTHING = new Outcome(0, 0, 0, List.of());
    }

    /** A poll a crash drill holds open: the rows it read, and where its watermark will be once it commits. */
    public record Holding(int rows, String upTo) {
    }

    static final String COMMIT_DELAY = "interchange.poll.commit-delay-ms";

    private final Map<String, Holding> holding = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Config config;

    @Inject
    PolledRows polledRows;

    @Inject
    EventIntake intake;

    @Inject
    AuditTrail audit;

    @Inject
    Systems systems;

    /**
     * @throws SQLException the system's database away, or its query refused (see {@code SqlFailures})
     * @throws io.interchange.platform.mapping.MappingFailure a row the event mappings cannot take
     */
    @Transactional(rollbackOn = SQLException.class)
    public Outcome poll(SystemDescription system) throws SQLException {
        // asked here, in the transaction: a scheduler's thread must not read outside one (see SystemWatch)
        if (!systems.isOnline(system.system())) {
            return Outcome.NOTHING;
        }
        Poll poll = system.inbound().poll();
        Instant now = Instant.now();
        PollWatermark watermark = watermark(system.system(), now);
        JsonNode from = watermark.lastValue() == null ? null : CanonicalJson.read(watermark.lastValue(), JsonNode.class);
        List<ObjectNode> rows = polledRows.read(system, poll.parameters(from));
        if (rows.isEmpty()) {
            return new Outcome(0, 0, 0, rows);
        }
        List<Envelope> events = RowEvents.of(poll, rows, now);
        IntakeResult result = intake.accept(client(system), events);
        if (poll.watermarkColumn() != null) {
            try {
                watermark.advance(CanonicalJson.write(poll.positionAfter(rows.get(rows.size() - 1))), rows.size(), now);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(system.system() + ": " + e.getMessage(), e);
            }
        } else {
            watermark.counted(rows.size(), now);
        }
        holdBeforeCommit(system.system(), new Holding(rows.size(), watermark.lastValue()));
        return new Outcome(rows.size(), result.accepted(), result.duplicates(), rows);
    }

    /**
     * Creates this bean and the intake now, in the calling component's context: a library bean
     * first created on a scheduler's thread gets no persistence context (see {@code SystemWatch}).
     */
    public void warmUp() {
        em.find(PollWatermark.class, "");
        intake.check(new ApiClient("warm-up", new byte[0], Set.of(), null, Role.NONE), List.of());
    }

    /**
     * For crash drills only ({@code interchange.poll.commit-delay-ms}, 0 by default): keeps a poll that
     * read rows open this long before it commits, so that a drill can kill the server between the
     * read and the commit on purpose; {@link #holding(String)} tells the drill when that moment is.
     */
    private void holdBeforeCommit(String system, Holding read) {
        long millis = commitDelayMillis();
        if (millis > 0) {
            holding.put(system, read);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.remove(system);
            }
        }
    }

    /** The poll of this system a crash drill holds open before its commit, if one does now. */
    public Optional<Holding> holding(String system) {
        return Optional.ofNullable(holding.get(system));
    }

    /** The crash drill's hold before a poll commits, as configured now (0: none). */
    public long commitDelayMillis() {
        return config.getOptionalValue(COMMIT_DELAY, Long.class).orElse(0L);
    }

    /** The watermark row, locked until this transaction ends; made at the system's first poll. */
    private PollWatermark watermark(String system, Instant now) {
        PollWatermark watermark = em.find(PollWatermark.class, system, LockModeType.PESSIMISTIC_WRITE);
        if (watermark == null) {
            watermark = new PollWatermark(system, now);
            em.persist(watermark);
            em.flush(); // a second server making it at the same moment fails here, and polls next time
        }
        return watermark;
    }

    /** The system as the intake's caller: it may send its poll's event type from its poll's source. */
    private static ApiClient client(SystemDescription system) {
        Poll.Event event = system.inbound().poll().event();
        return new ApiClient(system.system(), new byte[0], Set.of(event.type()), null, Role.NONE,
                List.of(event.source()));
    }

    /** Where the system's poll has got to, or empty before its first poll. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Position> position(String system) {
        PollWatermark watermark = em.find(PollWatermark.class, system);
        return java.util.Optional.ofNullable(watermark).map(w -> new Position(system, w.lastValue(), w.rowsRead(),
                w.updatedAt()));
    }

    /** @param lastValue JSON of the last watermark value read, null before the first row */
    public record Position(String system, String lastValue, long rowsRead, Instant updatedAt) {
    }

    /**
     * Sets the watermark back (or forward), audited: the next poll reads the rows after {@code value}
     * (JSON; null: from the poll's initial value). Rows read again are the same events, which the
     * intake keeps once.
     */
    @Transactional
    public Position rewind(String system, String value, String actor, String reason) {
        Instant now = Instant.now();
        PollWatermark watermark = watermark(system, now);
        String before = watermark.lastValue();
        watermark.rewind(value, now);
        audit.record(actor, AuditAction.POLL_WATERMARK_SET, null, null, system + " read after " + before,
                system + " reads after " + value, reason);
        return new Position(system, watermark.lastValue(), watermark.rowsRead(), watermark.updatedAt());
    }
}
