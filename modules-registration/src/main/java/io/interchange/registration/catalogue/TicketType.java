package io.interchange.registration.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/** A kind of ticket for an event and its price, in euros. */
@Entity
@Table(name = "REG_TICKET_TYPE", uniqueConstraints = @UniqueConstraint(columnNames = {"EVENT_CODE", "CODE"}))
public class TicketType {

    public static final String CURRENCY = "EUR";

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "EVENT_CODE")
    private Event event;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    protected TicketType() {
    }

    TicketType(Event event, String code, String name, BigDecimal price) {
        this.event = event;
        this.code = code;
        this.name = name;
        this.price = price;
    }

    public Event event() { return event; }
    public String code() { return code; }
    public String name() { return name; }
    public BigDecimal price() { return price; }

    /** The price as the payment provider wants it: two decimals, a dot. */
    public String amount() {
        return price.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
