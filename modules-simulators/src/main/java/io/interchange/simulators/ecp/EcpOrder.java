package io.interchange.simulators.ecp;

import io.interchange.simulators.intake.CloudEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An order in the simulated shop: what the customer bought (fixed at checkout) and what the
 * platform wrote back since (ERP reference, payments, shipments, status). Every change raises
 * {@link #version()}. Thread-safe: all access is synchronized on the order; read a consistent
 * view with {@link #read(Function)}.
 */
public final class EcpOrder {

    private final String id;
    private final String number;
    private final Instant createdAt;
    private final String currency;
    private final Customer customer;
    private final Address billingAddress;
    private final Address shippingAddress;
    private final List<OrderLine> lines;
    private final OrderTotals totals;

    private OrderStatus status = OrderStatus.AWAITING_FULFILLMENT;
    private int version = 1;
    private ErpReference erpReference;
    private final List<Payment> payments = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<StatusChange> statusHistory = new ArrayList<>();
    private Instant cancelRequestedAt;
    private CloudEvent createdEvent;
    private final List<String> eventIds = new ArrayList<>();
    private int idempotencyReplays;

    public EcpOrder(String id, String number, Instant createdAt, String currency, Customer customer,
            Address billingAddress, Address shippingAddress, List<OrderLine> lines, OrderTotals totals) {
        this.id = id;
        this.number = number;
        this.createdAt = createdAt;
        this.currency = currency;
        this.customer = customer;
        this.billingAddress = billingAddress;
        this.shippingAddress = shippingAddress;
        this.lines = List.copyOf(lines);
        this.totals = totals;
        statusHistory.add(new StatusChange(status, createdAt));
    }

    /** The same new order under another number, as a shop that reuses numbers (after a reset or an import) sends it. */
    public EcpOrder renumbered(String newNumber) {
        return new EcpOrder(id, newNumber, createdAt, currency, customer, billingAddress, shippingAddress, lines, totals);
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String currency() {
        return currency;
    }

    public Customer customer() {
        return customer;
    }

    public Address billingAddress() {
        return billingAddress;
    }

    public Address shippingAddress() {
        return shippingAddress;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public OrderTotals totals() {
        return totals;
    }

    public synchronized OrderStatus status() {
        return status;
    }

    public synchronized int version() {
        return version;
    }

    public synchronized ErpReference erpReference() {
        return erpReference;
    }

    public synchronized List<Payment> payments() {
        return List.copyOf(payments);
    }

    public synchronized List<Shipment> shipments() {
        return List.copyOf(shipments);
    }

    public synchronized List<StatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public synchronized Instant cancelRequestedAt() {
        return cancelRequestedAt;
    }

    public synchronized CloudEvent createdEvent() {
        return createdEvent;
    }

    public synchronized List<String> eventIds() {
        return List.copyOf(eventIds);
    }

    public synchronized int idempotencyReplays() {
        return idempotencyReplays;
    }

    /** A consistent view: {@code view} runs while no change can happen. */
    public synchronized <T> T read(Function<EcpOrder, T> view) {
        return view.apply(this);
    }

    /** Records the created event once (the event a duplicate webhook re-sends). */
    public synchronized void createdWith(CloudEvent event) {
        this.createdEvent = event;
        eventIds.add(event.id());
    }

    /**
     * Writes the ERP reference. The same reference again changes nothing; a different one is a
     * conflict (the order would be booked twice in the ERP).
     */
    public synchronized void assignErpReference(ErpReference reference) {
        if (Objects.equals(erpReference, reference)) {
            return;
        }
        if (erpReference != null) {
            throw new OrderConflict("Order " + id + " already has ERP reference " + erpReference.erpOrderId()
                    + " (" + erpReference.erpOrderNumber() + "), not " + reference.erpOrderId());
        }
        erpReference = reference;
        version++;
    }

    public synchronized Payment addPayment(String status, String amount, String currencyCode, String reference,
            Instant now) {
        Payment payment = new Payment(id + "-p" + (payments.size() + 1), status, amount, currencyCode, reference, now);
        payments.add(payment);
        version++;
        return payment;
    }

    public synchronized Shipment addShipment(String carrier, String trackingNumber, String shippedAt,
            List<Shipment.Line> shipped, Instant now) {
        Shipment shipment = new Shipment(id + "-s" + (shipments.size() + 1), carrier, trackingNumber, shippedAt,
                shipped, now);
        shipments.add(shipment);
        version++;
        return shipment;
    }

    /** Sets the status; setting the current one again is no change. */
    public synchronized void changeStatus(OrderStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        statusHistory.add(new StatusChange(newStatus, now));
        version++;
    }

    /** The customer asked to cancel (the shop then tells the platform). */
    public synchronized void requestCancel(Instant now, String eventId) {
        if (cancelRequestedAt == null) {
            cancelRequestedAt = now;
            version++;
        }
        eventIds.add(eventId);
    }

    public synchronized void countReplay() {
        idempotencyReplays++;
    }
}
