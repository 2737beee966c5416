package io.interchange.registration.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An event people can register for. */
@Entity
@Table(name = "REG_EVENT")
public class Event {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "EVENT_DATE", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String venue;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("price")
    private List<TicketType> tickets = new ArrayList<>();

    protected Event() {
    }

    Event(String code, String name, LocalDate date, String venue) {
        this.code = code;
        this.name = name;
        this.date = date;
        this.venue = venue;
    }

    Event withTicket(String ticketCode, String ticketName, String price) {
        tickets.add(new TicketType(this, ticketCode, ticketName, new java.math.BigDecimal(price)));
        return this;
    }

    public String code() { return code; }
    public String name() { return name; }
    public LocalDate date() { return date; }
    public String venue() { return venue; }
    public List<TicketType> tickets() { return tickets; }
}
