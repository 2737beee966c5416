package io.interchange.simulators.erp;

import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated ERP's sales orders, in memory: numbers {@code SO-000001} onwards, at most one
 * order per {@code externalDocumentNumber}, invoice numbers {@code INV-000001} onwards, and
 * the counters tests assert on (POST attempts, 409s).
 */
@ApplicationScoped
public class SalesOrders {

    /** The properties {@code $filter} may compare. */
    static final Set<String> FILTERABLE = Set.of("id", "number", "externalDocumentNumber", "status",
            "customerNumber", "customerName", "customerEmail", "currencyCode", "orderDate");

    private final Map<UUID, SalesOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, SalesOrder> byExternalDocument = new HashMap<>();
    private final AtomicLong orderNumbers = new AtomicLong();
    private final AtomicLong invoiceNumbers = new AtomicLong();
    private final AtomicLong postAttempts = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final Random random = new Random();
    /** External document numbers whose creation fails with a 500 every time (a poison order). */
    private final Set<String> failingDocuments = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Counts a {@code POST .../salesOrders} that reached the ERP (whatever its outcome). */
    public void countPostAttempt() {
        postAttempts.incrementAndGet();
    }

    /** From now on the creation of this document answers 500, until the simulators are reset. */
    void failAlways(String externalDocumentNumber) {
        failingDocuments.add(externalDocumentNumber);
    }

    boolean failsAlways(String externalDocumentNumber) {
        return failingDocuments.contains(externalDocumentNumber);
    }

    /** @throws DuplicateExternalDocument when the external document number is taken */
    synchronized SalesOrder create(SalesOrderRequest request) {
        SalesOrder existing = byExternalDocument.get(request.externalDocumentNumber());
        if (existing != null) {
            conflicts.incrementAndGet();
            throw new DuplicateExternalDocument(existing);
        }
        SalesOrder order = new SalesOrder(UUID.randomUUID(), String.format("SO-%06d", orderNumbers.incrementAndGet()),
                request.externalDocumentNumber(), request.fields(), request.lines(),
                SalesOrderTotals.of(request.lines(), request.shipToCountry(), request.givenTotal()), Instant.now());
        orders.put(order.id(), order);
        byExternalDocument.put(order.externalDocumentNumber(), order);
        return order;
    }

    public Optional<SalesOrder> find(String id) {
        try {
            return Optional.ofNullable(orders.get(UUID.fromString(id)));
        } catch (IllegalArgumentException notAGuid) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException when the filter compares a property that cannot be filtered */
    public List<SalesOrder> matching(ODataFilter filter) {
        filter.conditions().stream().filter(c -> !FILTERABLE.contains(c.property())).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException("Could not find a property named '" + c.property()
                    + "' to filter on; filterable: " + FILTERABLE + ".");
        });
        return all().stream().filter(o -> filter.matches(o::property)).toList();
    }

    public List<SalesOrder> all() {
        return orders.values().stream().sorted(Comparator.comparing(SalesOrder::number)).toList();
    }

    /** The open orders whose last change is at least {@code step} old (the demo moves them on). */
    public List<SalesOrder> due(Duration step, Instant now) {
        return all().stream().filter(o -> o.status().open() && !o.lastModified().plus(step).isAfter(now)).toList();
    }

    /** One lifecycle step (see {@link SalesOrder#advance}). */
    public SalesOrder advance(SalesOrder order) {
        order.advance(Instant.now(), this::trackingNumber,
                () -> String.format("INV-%06d", invoiceNumbers.incrementAndGet()));
        return order;
    }

    /** Counts for {@code GET /sim/erp/summary}. */
    public JsonObject summary() {
        List<SalesOrder> all = all();
        Map<String, Long> byStatus = new TreeMap<>();
        all.forEach(o -> byStatus.merge(o.status().wire(), 1L, Long::sum));
        JsonObjectBuilder statuses = Json.createObjectBuilder();
        byStatus.forEach(statuses::add);
        return Json.createObjectBuilder()
                .add("salesOrders", all.size())
                .add("postAttempts", postAttempts.get())
                .add("conflicts", conflicts.get())
                .add("byStatus", statuses)
                .build();
    }

    private String trackingNumber() {
        synchronized (random) {
            return String.format("JD%010d", random.nextLong(10_000_000_000L));
        }
    }

    synchronized void onReset(@Observes SimulatorReset reset) {
        orders.clear();
        byExternalDocument.clear();
        orderNumbers.set(0);
        invoiceNumbers.set(0);
        postAttempts.set(0);
        conflicts.set(0);
        failingDocuments.clear();
    }
}
