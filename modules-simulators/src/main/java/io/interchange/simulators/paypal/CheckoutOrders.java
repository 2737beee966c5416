package io.interchange.simulators.paypal;

import io.interchange.simulators.IdempotencyStore;
import io.interchange.simulators.PayPalError;
import io.interchange.simulators.SimulatorReset;
import io.interchange.simulators.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated PayPal's orders, in memory: one per {@code PayPal-Request-Id}. The first call
 * with a request id captures (or is declined) and its answer is kept; a repeated id gets that
 * answer again and never a second capture. A provider error (500) is not kept, so a retry
 * runs again. Cleared by a reset.
 */
@ApplicationScoped
public class CheckoutOrders {

    private static final String ID_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int ID_LENGTH = 17;

    private final Map<String, CheckoutOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, CheckoutOrder> byRequestId = new ConcurrentHashMap<>();
    private final IdempotencyStore idempotency = new IdempotencyStore();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong providerErrors = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public CheckoutOrders() {
        this(Clock.systemUTC());
    }

    CheckoutOrders(Clock clock) {
        this.clock = clock;
    }

    /**
     * Captures the payment once per request id.
     *
     * @param ordersUrl the absolute URL of {@code /v2/checkout/orders}, for the order's links
     * @return 201 with the order, or 422 {@code INSTRUMENT_DECLINED}; the first answer again for a repeated id
     * @throws PayPalError 500 for the provider-error test card
     */
    public StoredAnswer create(String requestId, OrderRequest request, String ordersUrl) {
        IdempotencyStore.Outcome outcome = idempotency.answer("orders", requestId,
                () -> firstTime(requestId, request, ordersUrl));
        if (outcome.replayed()) {
            CheckoutOrder order = byRequestId.get(requestId);
            if (order != null) {
                order.countReplay();
            }
        }
        return outcome.answer();
    }

    private StoredAnswer firstTime(String requestId, OrderRequest request, String ordersUrl) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        switch (request.card().outcome()) {
            case PROVIDER_ERROR -> {
                providerErrors.incrementAndGet();
                throw PayPalError.of(500, "An internal server error occurred.");
            }
            case DECLINED -> {
                store(new CheckoutOrder(sequence.incrementAndGet(), newId(), CheckoutOrder.Status.DECLINED, requestId,
                        request, null, now));
                return new StoredAnswer(422, PayPalError.unprocessable(null, "INSTRUMENT_DECLINED",
                        "The instrument presented was either declined by the processor or bank, or it can't be used "
                                + "for this payment.").json().toString());
            }
            default -> {
                CheckoutOrder order = store(new CheckoutOrder(sequence.incrementAndGet(), newId(),
                        CheckoutOrder.Status.COMPLETED, requestId, request, newId(), now));
                return new StoredAnswer(201, PayPalJson.order(order, ordersUrl).toString());
            }
        }
    }

    private CheckoutOrder store(CheckoutOrder order) {
        orders.put(order.id(), order);
        byRequestId.put(order.requestId(), order);
        return order;
    }

    /** An order the API may show: a declined payment has no order the caller knows of. */
    public Optional<CheckoutOrder> completed(String id) {
        return find(id).filter(o -> o.status() == CheckoutOrder.Status.COMPLETED);
    }

    public Optional<CheckoutOrder> find(String id) {
        return Optional.ofNullable(id == null ? null : orders.get(id));
    }

    public List<CheckoutOrder> all() {
        return orders.values().stream().sorted(Comparator.comparingLong(CheckoutOrder::sequence)).toList();
    }

    /** Counts for {@code GET /sim/paypal/summary}. */
    public JsonObject summary() {
        List<CheckoutOrder> all = all();
        return Json.createObjectBuilder()
                .add("completed", all.stream().filter(o -> o.status() == CheckoutOrder.Status.COMPLETED).count())
                .add("declined", all.stream().filter(o -> o.status() == CheckoutOrder.Status.DECLINED).count())
                .add("providerErrors", providerErrors.get())
                .add("replays", idempotency.replays())
                .build();
    }

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return id.toString();
    }

    void onReset(@Observes SimulatorReset reset) {
        orders.clear();
        byRequestId.clear();
        idempotency.clear();
        providerErrors.set(0);
    }
}
