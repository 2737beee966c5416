package io.interchange.registration.signup;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.Alerts;
import io.interchange.registration.api.EventOffer;
import io.interchange.registration.api.RegistrationDesk;
import io.interchange.registration.api.RegistrationForm;
import io.interchange.registration.api.RegistrationIds;
import io.interchange.registration.api.RegistrationOutcome;
import io.interchange.registration.api.RegistrationStatus;
import io.interchange.registration.catalogue.Catalogue;
import io.interchange.registration.catalogue.TicketType;
import io.interchange.registration.payment.PaymentProvider;
import io.interchange.registration.payment.PaymentResult;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link RegistrationDesk}: validates the form, charges the card, and records the paid
 * registration with its fan-out.
 * <p>
 * A stateless EJB, not a CDI bean: the web module calls it, and only a component of this
 * module resolves the {@code registration} persistence unit (a CDI bean's is resolved in its
 * caller's module on Payara). No transaction around the payment call: the card is charged
 * first, then the book records the registration in a transaction of its own.
 */
@Stateless
@Local(RegistrationDesk.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Registrar implements RegistrationDesk {

    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());

    @Inject
    Catalogue catalogue;

    @Inject
    PaymentProvider payment;

    @Inject
    RegistrationBook book;

    @Inject
    Validator validator;

    @Inject
    Alerts alerts;

    @Override
    public List<EventOffer> offers() {
        return catalogue.offers();
    }

    @Override
    public String newRegistrationId() {
        return RegistrationIds.newRegistrationId();
    }

    @Override
    public RegistrationOutcome register(String registrationId, RegistrationForm form) {
        try {
            if (!RegistrationIds.isRegistrationId(registrationId)) {
                throw new IllegalArgumentException("not a registration id: " + registrationId);
            }
            Map<String, String> invalid = check(form);
            if (!invalid.isEmpty()) {
                return new RegistrationOutcome.Invalid(invalid);
            }
            Optional<TicketType> ticket = catalogue.ticket(form.getEventCode(), form.getTicketType());
            if (ticket.isEmpty()) {
                return new RegistrationOutcome.Invalid(Map.of("ticketType", "this ticket type is not on offer for the event"));
            }
            TicketType chosen = ticket.get();
            PaymentResult paid = payment.charge(registrationId, chosen.amount(), form);
            if (paid instanceof PaymentResult.Declined declined) {
                LOG.info(() -> "registration " + registrationId + ": card declined");
                return new RegistrationOutcome.Declined(declined.reason());
            }
            if (paid instanceof PaymentResult.Unavailable unavailable) {
                LOG.warning(() -> "registration " + registrationId + ": payment not completed: " + unavailable.detail());
                return new RegistrationOutcome.NotCompleted(
                        "The payment could not be completed, you have not been charged. Please try again in a moment.");
            }
            PaymentResult.Approved approved = (PaymentResult.Approved) paid;
            try {
                book.record(details(registrationId, form, chosen), approved.orderId(), approved.captureId());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "registration " + registrationId + " was paid (capture " + approved.captureId()
                        + ") but could not be recorded; the same form sent again records it without a second charge", e);
                alerts.raise(AlertKind.PAID_NOT_RECORDED, AlertKind.PAID_NOT_RECORDED.key(registrationId),
                        "Registration " + registrationId + " paid but not recorded",
                        "capture " + approved.captureId() + ", " + TicketType.CURRENCY + " " + chosen.amount()
                                + ": the person was asked to send the form again (no second charge); if they do"
                                + " not, refund or record it by hand. Cause: " + e.getMessage());
                return new RegistrationOutcome.NotCompleted("Your registration could not be saved. Please send the form"
                        + " again: you will not be charged twice.");
            }
            return new RegistrationOutcome.Registered(registrationId, chosen.event().name(), chosen.name(),
                    TicketType.CURRENCY + " " + chosen.amount());
        } finally {
            form.getCard().forget();
        }
    }

    @Override
    public Optional<RegistrationStatus> status(String registrationId) {
        return registrationId == null ? Optional.empty() : book.status(registrationId);
    }

    private Map<String, String> check(RegistrationForm form) {
        Map<String, String> invalid = new TreeMap<>();
        for (ConstraintViolation<RegistrationForm> violation : validator.validate(form)) {
            invalid.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        String expiry = form.getCard().getExpiry();
        if (!invalid.containsKey("card.expiry") && expiry != null && YearMonth.parse(expiry).isBefore(YearMonth.now())) {
            invalid.put("card.expiry", "this card has expired");
        }
        return invalid;
    }

    private static RegistrationDetails details(String id, RegistrationForm form, TicketType ticket) {
        RegistrationForm.Attendee a = form.getAttendee();
        RegistrationForm.Billing b = form.getBilling();
        return new RegistrationDetails(id, ticket.event().code(), ticket.event().name(), ticket.event().date().toString(),
                ticket.event().venue(), ticket.code(), ticket.name(), ticket.amount(), TicketType.CURRENCY,
                a.getFirstName().strip(), a.getLastName().strip(), a.getEmail().strip(),
                a.getCompany() == null ? null : a.getCompany().strip(), b.getName().strip(), b.getStreet().strip(),
                b.getPostalCode().strip(), b.getCity().strip(), b.getCountry().strip().toUpperCase());
    }
}
