package io.interchange.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person fills in to register: the same object behind the public page and the JSON API.
 * The card is only ever passed on to the payment provider (see {@link CardDetails}).
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "choose an event")
    private String eventCode;

    @NotBlank(message = "choose a ticket type")
    private String ticketType;

    @Valid
    @NotNull(message = "attendee details are required")
    private Attendee attendee = new Attendee();

    @Valid
    @NotNull(message = "billing details are required")
    private Billing billing = new Billing();

    @Valid
    @NotNull(message = "card details are required")
    private CardDetails card = new CardDetails();

    public String getEventCode() { return eventCode; }
    public void setEventCode(String eventCode) { this.eventCode = eventCode; }
    public String getTicketType() { return ticketType; }
    public void setTicketType(String ticketType) { this.ticketType = ticketType; }
    public Attendee getAttendee() { return attendee; }
    public void setAttendee(Attendee attendee) { this.attendee = attendee; }
    public Billing getBilling() { return billing; }
    public void setBilling(Billing billing) { this.billing = billing; }
    public CardDetails getCard() { return card; }
    public void setCard(CardDetails card) { this.card = card; }

    /** The person attending. */
    public static class Attendee implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "enter the first name")
        @Size(max = 100, message = "at most 100 characters")
        @NoCardNumber
        private String firstName;

        @NotBlank(message = "enter the last name")
        @Size(max = 100, message = "at most 100 characters")
        @NoCardNumber
        private String lastName;

        @NotBlank(message = "enter an email address")
        @Email(message = "enter a valid email address")
        @Size(max = 254, message = "at most 254 characters")
        @NoCardNumber
        private String email;

        @Size(max = 200, message = "at most 200 characters")
        @NoCardNumber
        private String company;

        public String getFirstName() { return firstName; }
        public void setFirstName(String firstName) { this.firstName = firstName; }
        public String getLastName() { return lastName; }
        public void setLastName(String lastName) { this.lastName = lastName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getCompany() { return company; }
        public void setCompany(String company) { this.company = company; }
    }

    /** Who pays, and the address on the invoice. */
    public static class Billing implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "enter the name on the invoice")
        @Size(max = 200, message = "at most 200 characters")
        @NoCardNumber
        private String name;

        @NotBlank(message = "enter the street address")
        @Size(max = 200, message = "at most 200 characters")
        @NoCardNumber
        private String street;

        @NotBlank(message = "enter the postal code")
        @Size(max = 20, message = "at most 20 characters")
        @NoCardNumber
        private String postalCode;

        @NotBlank(message = "enter the city")
        @Size(max = 100, message = "at most 100 characters")
        @NoCardNumber
        private String city;

        @NotBlank(message = "enter the country")
        @Pattern(regexp = "[A-Za-z]{2}", message = "use the two-letter country code, e.g. DE")
        private String country;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = street; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
    }
}
