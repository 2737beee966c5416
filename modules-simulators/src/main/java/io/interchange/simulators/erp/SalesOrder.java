package io.interchange.simulators.erp;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A sales order in the simulated ERP: the fields the client posted, the ERP's own (id,
 * number, status, totals) and what happened to it (shipments, payments). Every change moves
 * {@code lastModifiedDateTime} forward (strictly) and changes the etag. Thread-safe.
 */
public final class SalesOrder {

    private final UUID id;
    private final String number;
    private final String externalDocumentNumber;
    private final JsonObject posted;
    private final List<SalesOrderLine> lines;
    private final SalesOrderTotals totals;

    private SalesOrderStatus status = SalesOrderStatus.DRAFT;
    private Instant lastModified;
    private int version = 1;
    private final List<SalesShipment> shipments = new ArrayList<>();
    private final List<CustomerPayment> payments = new ArrayList<>();

    public SalesOrder(UUID id, String number, String externalDocumentNumber, JsonObject posted,
            List<SalesOrderLine> lines, SalesOrderTotals totals, Instant now) {
        this.id = id;
        this.number = number;
        this.externalDocumentNumber = externalDocumentNumber;
        this.posted = posted;
        this.lines = List.copyOf(lines);
        this.totals = totals;
        this.lastModified = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String externalDocumentNumber() {
        return externalDocumentNumber;
    }

    public JsonObject posted() {
        return posted;
    }

    public List<SalesOrderLine> lines() {
        return lines;
    }

    public SalesOrderTotals totals() {
        return totals;
    }

    public synchronized SalesOrderStatus status() {
        return status;
    }

    public synchronized Instant lastModified() {
        return lastModified;
    }

    public synchronized String etag() {
        return "W/\"JzE" + version + ";'\"";
    }

    public synchronized List<SalesShipment> shipments() {
        return List.copyOf(shipments);
    }

    public synchronized List<CustomerPayment> payments() {
        return List.copyOf(payments);
    }

    /** A consistent view: {@code view} runs while no change can happen. */
    public synchronized <T> T read(Function<SalesOrder, T> view) {
        return view.apply(this);
    }

    /**
     * One step of the lifecycle: Draft/Open to Released, Released to Shipped (a DHL shipment of
     * the Item lines), Shipped to Invoiced (the total paid).
     *
     * @throws SalesOrderConflict when the order is Invoiced or Cancelled
     */
    public synchronized SalesOrderStatus advance(Instant now, Supplier<String> trackingNumber,
            Supplier<String> invoiceNumber) {
        switch (status) {
            case DRAFT, OPEN -> status = SalesOrderStatus.RELEASED;
            case RELEASED -> {
                shipments.add(new SalesShipment("DHL", trackingNumber.get(), now.truncatedTo(ChronoUnit.SECONDS),
                        lines.stream().filter(SalesOrderLine::item).toList()));
                status = SalesOrderStatus.SHIPPED;
            }
            case SHIPPED -> {
                payments.add(new CustomerPayment("Paid", totals.includingTax(), invoiceNumber.get(),
                        now.truncatedTo(ChronoUnit.SECONDS)));
                status = SalesOrderStatus.INVOICED;
            }
            default -> throw new SalesOrderConflict("Sales order " + number + " is " + status.wire()
                    + " and cannot move on.");
        }
        touch(now);
        return status;
    }

    /**
     * Cancels the order; cancelling a cancelled order changes nothing.
     *
     * @throws SalesOrderConflict when it is already Shipped or Invoiced
     */
    public synchronized void cancel(Instant now) {
        if (status == SalesOrderStatus.CANCELLED) {
            return;
        }
        if (status == SalesOrderStatus.SHIPPED || status == SalesOrderStatus.INVOICED) {
            throw new SalesOrderConflict("Sales order " + number + " is " + status.wire() + " and cannot be cancelled.");
        }
        status = SalesOrderStatus.CANCELLED;
        touch(now);
    }

    /** The value of a filterable property, or null when the order has none. */
    synchronized String property(String name) {
        return switch (name) {
            case "id" -> id.toString();
            case "number" -> number;
            case "externalDocumentNumber" -> externalDocumentNumber;
            case "status" -> status.wire();
            default -> posted.getString(name, null);
        };
    }

    private void touch(Instant now) {
        Instant next = now.truncatedTo(ChronoUnit.MILLIS);
        lastModified = next.isAfter(lastModified) ? next : lastModified.plusMillis(1);
        version++;
    }
}
