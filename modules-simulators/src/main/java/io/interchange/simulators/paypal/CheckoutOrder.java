package io.interchange.simulators.paypal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A card payment the simulated PayPal answered: {@code COMPLETED} (captured, with a capture id)
 * or {@code DECLINED} (422, no capture; the caller never learns its id). Kept with the
 * {@code PayPal-Request-Id} it came with and how often that id was sent again.
 */
public final class CheckoutOrder {

    public enum Status {
        COMPLETED, DECLINED
    }

    private final long sequence;
    private final String id;
    private final Status status;
    private final String requestId;
    private final String referenceId;
    private final String currency;
    private final String value;
    private final String captureId;
    private final PaymentCard card;
    private final Instant createdAt;
    private final AtomicLong replays = new AtomicLong();

    CheckoutOrder(long sequence, String id, Status status, String requestId, OrderRequest request, String captureId,
            Instant createdAt) {
        this.sequence = sequence;
        this.id = id;
        this.status = status;
        this.requestId = requestId;
        this.referenceId = request.referenceId();
        this.currency = request.currency();
        this.value = request.value();
        this.card = request.card();
        this.captureId = captureId;
        this.createdAt = createdAt;
    }

    long sequence() {
        return sequence;
    }

    public String id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public String requestId() {
        return requestId;
    }

    public String referenceId() {
        return referenceId;
    }

    public String currency() {
        return currency;
    }

    public String value() {
        return value;
    }

    /** The capture's id; null when declined. */
    public String captureId() {
        return captureId;
    }

    public PaymentCard card() {
        return card;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How often the same {@code PayPal-Request-Id} came again and got the first answer. */
    public long replays() {
        return replays.get();
    }

    void countReplay() {
        replays.incrementAndGet();
    }
}
