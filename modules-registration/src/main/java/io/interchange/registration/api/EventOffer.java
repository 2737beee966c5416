package io.interchange.registration.api;

import java.time.LocalDate;
import java.util.List;

/** An event open for registration, with its ticket types and prices, as the page lists it. */
public record EventOffer(String code, String name, LocalDate date, String venue, List<Ticket> tickets) {

    public record Ticket(String code, String name, String price, String currency) {
        public String label() {
            return name + " (" + currency + " " + price + ")";
        }
    }
}
