package io.interchange.registration.activities;

import io.interchange.registration.signup.RegistrationDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registration in the registrations store, the SQL record of record that other systems read. */
@Entity
@Table(name = "REG_RECORD")
public class RegistrationRecord {

    @Id
    @Column(name = "REGISTRATION_ID", length = 20)
    private String registrationId;

    @Column(name = "EVENT_CODE", nullable = false, length = 40)
    private String eventCode;

    @Column(name = "TICKET_CODE", nullable = false, length = 40)
    private String ticketCode;

    @Column(nullable = false, length = 20)
    private String amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "FIRST_NAME", nullable = false, length = 100)
    private String firstName;

    @Column(name = "LAST_NAME", nullable = false, length = 100)
    private String lastName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 200)
    private String company;

    @Column(name = "BILLING_NAME", nullable = false, length = 200)
    private String billingName;

    @Column(name = "BILLING_ADDRESS", nullable = false, length = 400)
    private String billingAddress;

    @Column(name = "SAVED_AT", nullable = false)
    private Instant savedAt;

    protected RegistrationRecord() {
    }

    RegistrationRecord(RegistrationDetails d, Instant now) {
        this.registrationId = d.registrationId();
        this.eventCode = d.eventCode();
        this.ticketCode = d.ticketCode();
        this.amount = d.amount();
        this.currency = d.currency();
        this.firstName = d.firstName();
        this.lastName = d.lastName();
        this.email = d.email();
        this.company = d.company();
        this.billingName = d.billingName();
        this.billingAddress = d.street() + ", " + d.postalCode() + " " + d.city() + ", " + d.country();
        this.savedAt = now;
    }
}
