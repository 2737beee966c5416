package io.interchange.orders.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One shop order event as the orders context received it. */
@Entity
@Table(name = "ORDERS_RECEIVED_EVENT")
public class ReceivedOrderEvent {

    @Id
    @SequenceGenerator(name = "ORDERS_RECEIVED_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORDERS_RECEIVED_EVENT_SEQ")
    private Long id;

    @Column(name = "MESSAGE_ID", nullable = false, unique = true)
    private String messageId;

    @Column(name = "EVENT_TYPE", nullable = false)
    private String type;

    @Column(name = "ECP_ORDER_ID")
    private String ecpOrderId;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    protected ReceivedOrderEvent() {
    }

    ReceivedOrderEvent(String messageId, String type, String ecpOrderId, Instant receivedAt) {
        this.messageId = messageId;
        this.type = type;
        this.ecpOrderId = ecpOrderId;
        this.receivedAt = receivedAt;
    }
}
