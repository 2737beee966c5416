package io.interchange.simulators.ecp;

import io.interchange.simulators.IdempotencyStore;
import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import io.interchange.simulators.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The simulated shop's state: its orders and the answers kept for idempotency keys. In memory,
 * thread-safe, cleared by a reset. Order ids are sequential from a start taken from the clock
 * (tenths of a second since 2026), so that, like a real shop's, they are never reused: not
 * after a restart of the simulator, whose memory is gone while Interchange remembers every order.
 */
@ApplicationScoped
public class Shop {

    private static final long EPOCH_2026 = 1_767_225_600_000L;

    static long firstOrderId() {
        return Math.max(1001, (System.currentTimeMillis() - EPOCH_2026) / 100);
    }

    private final ConcurrentMap<String, EcpOrder> orders = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(firstOrderId());
    private final IdempotencyStore idempotency = new IdempotencyStore();
    private final OrderGenerator generator = new OrderGenerator(new Random(), Clock.systemUTC());

    /**
     * Places new orders: with the lines asked for when {@code lines} is not empty, else with
     * {@code lineCount} random lines (random 1-4 when 0); under {@code number} when it is not null
     * (one order: a shop that reuses an order number), else under the shop's own.
     *
     * @throws IllegalArgumentException when a requested line is invalid
     */
    public List<EcpOrder> place(int count, int lineCount, List<LineRequest> lines, String number) {
        List<EcpOrder> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Long.toString(nextId.getAndIncrement());
            EcpOrder order = lines.isEmpty() ? generator.generate(id, lineCount) : generator.generate(id, lines);
            if (number != null) {
                order = order.renumbered(number);
            }
            orders.put(id, order);
            placed.add(order);
        }
        return placed;
    }

    /** @throws Problem 404 when there is no such order */
    public EcpOrder order(String id) {
        EcpOrder order = orders.get(id);
        if (order == null) {
            throw Problem.notFound("There is no order " + id + ".");
        }
        return order;
    }

    public List<EcpOrder> orders() {
        return orders.values().stream().sorted(Comparator.comparingLong(o -> Long.parseLong(o.id()))).toList();
    }

    /**
     * Runs a write once per idempotency key: a repeated key gets the first answer and counts as a
     * replay on the order. Without a key the write simply runs.
     */
    public StoredAnswer once(String orderId, String operation, String idempotencyKey, Supplier<StoredAnswer> write) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return write.get();
        }
        IdempotencyStore.Outcome outcome = idempotency.answer(orderId + " " + operation, idempotencyKey, write);
        if (outcome.replayed()) {
            order(orderId).countReplay();
        }
        return outcome.answer();
    }

    /** Counts for {@code GET /sim/ecp/summary}. */
    public JsonObject summary() {
        List<EcpOrder> all = orders();
        Map<String, Long> byStatus = new TreeMap<>();
        all.forEach(o -> byStatus.merge(o.status().name(), 1L, Long::sum));
        JsonObjectBuilder statuses = Json.createObjectBuilder();
        byStatus.forEach(statuses::add);
        return Json.createObjectBuilder()
                .add("orders", all.size())
                .add("withErpReference", all.stream().filter(o -> o.erpReference() != null).count())
                .add("payments", all.stream().mapToLong(o -> o.payments().size()).sum())
                .add("shipments", all.stream().mapToLong(o -> o.shipments().size()).sum())
                .add("replays", idempotency.replays())
                .add("cancelRequested", all.stream().filter(o -> o.cancelRequestedAt() != null).count())
                .add("byStatus", statuses)
                .build();
    }

    void onReset(@Observes SimulatorReset reset) {
        orders.clear();
        idempotency.clear();
        nextId.set(Math.max(nextId.get(), firstOrderId()));
    }
}
