package io.interchange.registration.signup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A paid registration and how far its three activities are (the fan-in). Holds no card data:
 * only the provider's order and capture ids.
 */
@Entity
@Table(name = "REG_REGISTRATION")
public class Registration {

    public enum Status { PAID, COMPLETE }

    @Id
    @Column(length = 20)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;

    @Column(name = "EVENT_CODE", nullable = false, length = 40)
    private String eventCode;

    @Column(name = "TICKET_CODE", nullable = false, length = 40)
    private String ticketCode;

    @Column(nullable = false, length = 20)
    private String amount;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "PAYMENT_ORDER_ID", length = 64)
    private String paymentOrderId;

    @Column(name = "CAPTURE_ID", length = 64)
    private String captureId;

    /** The registration as the activities need it (JSON, no card). */
    @jakarta.persistence.Lob
    @Column(nullable = false)
    private String details;

    @Column(name = "SAVED_AT")
    private Instant savedAt;

    @Column(name = "EMAILED_AT")
    private Instant emailedAt;

    @Column(name = "SUBSCRIBED_AT")
    private Instant subscribedAt;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    protected Registration() {
    }

    Registration(RegistrationDetails details, String paymentOrderId, String captureId, String json, Instant now) {
        this.id = details.registrationId();
        this.status = Status.PAID;
        this.registeredAt = now;
        this.eventCode = details.eventCode();
        this.ticketCode = details.ticketCode();
        this.amount = details.amount();
        this.email = details.email();
        this.paymentOrderId = paymentOrderId;
        this.captureId = captureId;
        this.details = json;
    }

    /** Marks one activity done; true if that completed the registration (all three done). */
    public boolean done(Activity activity, Instant now) {
        switch (activity) {
            case SAVE -> savedAt = savedAt == null ? now : savedAt;
            case CONFIRMATION_EMAIL -> emailedAt = emailedAt == null ? now : emailedAt;
            case MAILING_LIST -> subscribedAt = subscribedAt == null ? now : subscribedAt;
        }
        if (status != Status.COMPLETE && savedAt != null && emailedAt != null && subscribedAt != null) {
            status = Status.COMPLETE;
            completedAt = now;
            return true;
        }
        return false;
    }

    public boolean isDone(Activity activity) {
        return switch (activity) {
            case SAVE -> savedAt != null;
            case CONFIRMATION_EMAIL -> emailedAt != null;
            case MAILING_LIST -> subscribedAt != null;
        };
    }

    /** When the activity was done, or null. */
    public Instant doneAt(Activity activity) {
        return switch (activity) {
            case SAVE -> savedAt;
            case CONFIRMATION_EMAIL -> emailedAt;
            case MAILING_LIST -> subscribedAt;
        };
    }

    public String id() { return id; }
    public String captureId() { return captureId; }
    public Status status() { return status; }
    public String email() { return email; }
    public String details() { return details; }
    public Instant registeredAt() { return registeredAt; }
}
