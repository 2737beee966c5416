package io.interchange.platform.bus;

import io.interchange.platform.cluster.Members;
import io.interchange.platform.cluster.ServerName;
import io.interchange.platform.persistence.ContainerResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts committed {@link Outbox} rows on their queues, on a few threads: the rows just committed
 * (handed over by the transaction's synchronization, so they need not be read back), and every
 * {@link #SWEEP} the rows it was never told about (left by a crash, or whose send failed while
 * the broker was away). Several senders, because each persistent send waits for the broker.
 * <p>
 * Sends outside any JTA transaction, each persistent send acknowledged by the broker before the
 * row is deleted; a crash between the two sends that message again, and its consumer's ledger
 * skips the copy. Started and stopped by the platform's runtime (an EJB of the application), so
 * its threads carry the application's context and end before the application does.
 * <p>
 * With several servers, each relays the rows it wrote; each sweep records this server alive
 * ({@link Members}). A sweep also takes over the rows of servers not seen for {@link #TAKE_OVER}
 * (killed, or stopped with rows left) and rows that name no server, each only once it has claimed
 * it: a live server's rows are never sent by another, a dead one's are sent by a survivor.
 */
@ApplicationScoped
public class OutboxRelay {

    static final Duration SWEEP = Duration.ofSeconds(2);
    /** A row this old that the relay does not know of was written before a crash, or failed to send. */
    static final Duration LEFT_OVER = Duration.ofSeconds(5);
    /** A server not seen alive for this long is gone: its rows are taken over. Well above a sweep's interval. */
    static final Duration TAKE_OVER = Duration.ofSeconds(15);
    static final int BATCH = 200;
    static final int SENDERS = 3;
    /** How long a stop waits for all senders together: a server stop must not hang on a stuck send. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final List<String> THREAD_FACTORIES = List.of("java:comp/DefaultManagedThreadFactory",
            "concurrent/__defaultManagedThreadFactory");

    @Inject
    Outbox outbox;

    @Inject
    ServerName server;

    @Inject
    Members members;

    /** Refusals of one row, while the broker took the connection, before it is set aside as failed. */
    @Inject
    @ConfigProperty(name = "interchange.outbox.max-send-refusals", defaultValue = "5")
    int maxSendRefusals;

    private SendRefusals refusals;

    private final BlockingQueue<OutboxMessage> committed = new LinkedBlockingQueue<>();
    /** Ids told and not yet relayed: the sweep leaves them alone. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private volatile boolean started;
    private volatile boolean stopping;
    /** Guards the switch between idle and busy, so that a stop interrupts only idle senders. */
    private final Object idle = new Object();
    private final java.util.Set<Thread> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Instant nextSweep = Instant.now();
    private ConnectionFactory connectionFactory;

    void relaySoon(OutboxMessage row) {
        known.add(row.id());
        committed.add(row);
    }

    /**
     * Starts the senders; called by the platform's runtime once the application is up. Rows
     * committed before then wait in the outbox and go out with the first sweep.
     *
     * @throws IllegalStateException when a container resource is missing or the outbox cannot be read
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        try {
            refusals = new SendRefusals(maxSendRefusals);
            connectionFactory = InitialContext.doLookup("java:comp/DefaultJMSConnectionFactory");
            outbox.backlog(); // creates the persistence context in this component's context (see SystemWatch)
            members.seen(server.value(), System.currentTimeMillis());
            ManagedThreadFactory factory = threadFactory();
            stopping = false;
            for (int i = 0; i < SENDERS; i++) {
                Thread thread = factory.newThread(this::run);
                thread.setName("interchange-outbox-relay-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            started = true;
            LOG.info("outbox relay started");
        } catch (NamingException e) {
            throw new IllegalStateException("the outbox relay cannot start: " + e.getMessage(), e);
        }
    }

    private static ManagedThreadFactory threadFactory() throws NamingException {
        return ContainerResources.lookup(THREAD_FACTORIES);
    }

    /**
     * Stops the senders and waits for them. An idle sender (waiting for rows) is interrupted; a busy
     * one is not: an interrupt that lands in a database call closes the embedded H2's file channel,
     * and H2 then refuses every connection for the rest of the JVM (seen when a redeploy replaced the
     * application under load). A busy sender sees the flag after the row it is sending (the rows
     * not sent stay in the outbox for the next start) and ends. No sender of an old deployment
     * outlives it.
     */
    @PreDestroy
    public void stop() {
        synchronized (idle) {
            stopping = true;
            threads.stream().filter(thread -> !busy.contains(thread)).forEach(Thread::interrupt);
        }
        List<Thread> senders;
        synchronized (this) {
            senders = List.copyOf(threads);
        }
        // joined outside this object's lock: a busy sender takes it to check whether a sweep is due
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread thread : senders) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (thread.isAlive()) {
                LOG.warning(thread.getName() + " did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
        }
        synchronized (this) {
            threads.clear();
            started = false;
        }
    }

    private void run() {
        while (!stopping) {
            OutboxMessage first;
            try {
                first = committed.poll(SWEEP.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return; // stopping: interrupted while idle
            }
            synchronized (idle) {
                if (stopping) {
                    return; // the row stays in the outbox for the next start
                }
                busy.add(Thread.currentThread());
            }
            try {
                if (first != null) {
                    List<OutboxMessage> rows = new ArrayList<>(BATCH);
                    rows.add(first);
                    committed.drainTo(rows, BATCH - 1);
                    try {
                        relay(rows);
                    } finally {
                        rows.forEach(row -> known.remove(row.id()));
                    }
                }
                if (sweepIsDue()) {
                    sweep();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox relay: a batch failed; its rows stay and are swept again", e);
                pause();
            } finally {
                busy.remove(Thread.currentThread());
            }
        }
    }

    /** One sender sweeps at a time, every {@link #SWEEP}. */
    private synchronized boolean sweepIsDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextSweep)) {
            return false;
        }
        nextSweep = now.plus(SWEEP).plus(SWEEP); // held off while this sweep runs; set again below
        return true;
    }

    private void sweep() {
        String me = server.value();
        long now = System.currentTimeMillis();
        members.seen(me, now);
        Set<String> present = new HashSet<>(members.present(TAKE_OVER, now));
        present.add(me);
        List<OutboxMessage> left;
        do {
            Instant at = Instant.now();
            left = outbox.leftovers(me, present, at.minus(LEFT_OVER), at.minus(TAKE_OVER), Set.copyOf(known), BATCH);
            if (!left.isEmpty()) {
                List<OutboxMessage> mine = outbox.claim(left, me);
                long taken = mine.stream().filter(row -> !me.equals(row.relayBy())).count();
                if (!mine.isEmpty()) {
                    LOG.info("outbox relay: sending " + mine.size() + " messages left over (crash or broker away)"
                            + (taken == 0 ? "" : ", " + taken + " of them taken over from servers gone"));
                    relay(mine);
                }
            }
        } while (left.size() == BATCH && !stopping);
        synchronized (this) {
            nextSweep = Instant.now().plus(SWEEP);
        }
    }

    /**
     * Sends the rows, each on its own: a row the broker refuses is counted and tried again later
     * while the rows behind it go out; refused {@link SendRefusals#limit()} times it is set aside
     * as a failed message. No connection to the broker blames no row: they all wait.
     */
    private void relay(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return;
        }
        RelayPass pass = null;
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Instant now = Instant.now();
            pass = RelayPass.over(rows, row -> send(jms, row, now), () -> stopping);
        } finally {
            if (pass != null) {
                outbox.delete(pass.sent());
                pass.sent().forEach(refusals::forget);
            }
        }
        pass.refused().forEach(this::refused);
    }

    private void refused(RelayPass.Refusal refusal) {
        OutboxMessage row = refusal.row();
        String id = row.envelope().id();
        if (!refusals.refused(row.id())) {
            LOG.warning("outbox relay: the broker refused message " + id + " for " + row.queue() + " ("
                    + refusals.count(row.id()) + " of " + refusals.limit() + " tries): " + refusal.cause());
            return;
        }
        String reason = "the broker refused the message " + refusals.limit() + " times: " + describe(refusal.cause());
        LOG.severe("outbox relay: message " + id + " for " + row.queue() + " set aside as failed; " + reason);
        try {
            outbox.setAside(row, reason);
            refusals.forget(row.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay: could not set message " + id + " aside; tried again later", e);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void send(JMSContext jms, OutboxMessage row, Instant now) throws JMSException {
        TextMessage message = jms.createTextMessage();
        JmsBinding.write(row.envelope(), message);
        JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        long delay = Duration.between(now, row.deliverAt()).toMillis();
        if (delay > 0) {
            producer.setDeliveryDelay(delay);
        }
        producer.send(jms.createQueue(row.queue()), message);
    }

    private void pause() {
        try {
            Thread.sleep(SWEEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
