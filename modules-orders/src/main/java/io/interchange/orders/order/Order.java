package io.interchange.orders.order;

import io.interchange.orders.api.CanonicalOrder;
import io.interchange.platform.canonical.CanonicalJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A shop order in the hub. ERP state is applied only when newer than {@link #lastErpModified}
 * (state-based sync: a late or repeated change can never roll the shop back).
 */
@Entity(name = "HubOrder") // "Order" is a JPQL keyword
@Table(name = "ORDERS_ORDER")
public class Order {

    @Id
    @SequenceGenerator(name = "ORDERS_ORDER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDERS_ORDER_SEQ")
    private Long id;

    @Column(name = "ECP_ORDER_ID", nullable = false, unique = true)
    private String ecpOrderId;

    @Column(name = "ORDER_NUMBER", nullable = false, unique = true)
    private String number;

    @Lob
    @Column(name = "CANONICAL", nullable = false)
    private String canonical;

    @Column(name = "ERP_ORDER_ID")
    private String erpOrderId;

    @Column(name = "ERP_ORDER_NUMBER")
    private String erpOrderNumber;

    @Column(name = "ERP_STATUS")
    private String erpStatus;

    @Column(name = "LAST_ERP_MODIFIED")
    private Instant lastErpModified;

    @Column(name = "SHOP_STATUS")
    private String shopStatus;

    @Column(name = "PAYMENTS_SENT", length = 2000)
    private String paymentsSent = "";

    @Column(name = "SHIPMENTS_SENT", length = 2000)
    private String shipmentsSent = "";

    @Column(name = "CANCELLATION")
    private String cancellation;

    @Column(name = "PLACED_AT", nullable = false)
    private Instant placedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    public Order(CanonicalOrder order, Instant now) {
        this.ecpOrderId = order.ecpOrderId();
        this.number = order.number();
        this.canonical = CanonicalJson.write(order);
        this.shopStatus = order.status();
        this.placedAt = now;
        this.updatedAt = now;
    }

    public void linkTo(String erpId, String erpNumber, Instant now) {
        this.erpOrderId = erpId;
        this.erpOrderNumber = erpNumber;
        this.updatedAt = now;
    }

    /** Whether an ERP state modified at {@code modified} is newer than the one applied last. */
    public boolean isOlderThan(Instant modified) {
        return lastErpModified == null || modified.isAfter(lastErpModified);
    }

    public void applied(String erpStatus, Instant modified, Instant now) {
        this.erpStatus = erpStatus;
        this.lastErpModified = modified;
        this.updatedAt = now;
    }

    public boolean paymentSent(String key) {
        return keys(paymentsSent).contains(key);
    }

    public void recordPayment(String key) {
        paymentsSent = add(paymentsSent, key);
    }

    public boolean shipmentSent(String key) {
        return keys(shipmentsSent).contains(key);
    }

    public void recordShipment(String key) {
        shipmentsSent = add(shipmentsSent, key);
    }

    public void shopStatus(String status) {
        this.shopStatus = status;
    }

    public void cancellation(String outcome, Instant now) {
        this.cancellation = outcome;
        this.updatedAt = now;
    }

    private static Set<String> keys(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    private static String add(String joined, String key) {
        return joined == null || joined.isEmpty() ? key : joined + "," + key;
    }

    public String ecpOrderId() { return ecpOrderId; }
    public String number() { return number; }
    public CanonicalOrder canonical() { return CanonicalJson.read(canonical, CanonicalOrder.class); }
    public String erpOrderId() { return erpOrderId; }
    public String erpOrderNumber() { return erpOrderNumber; }
    public String erpStatus() { return erpStatus; }
    public Instant lastErpModified() { return lastErpModified; }
    public String shopStatus() { return shopStatus; }
    public String cancellation() { return cancellation; }
    public Instant placedAt() { return placedAt; }
    public Instant updatedAt() { return updatedAt; }
    public int paymentsSentCount() { return keys(paymentsSent).size(); }
    public int shipmentsSentCount() { return keys(shipmentsSent).size(); }
}
