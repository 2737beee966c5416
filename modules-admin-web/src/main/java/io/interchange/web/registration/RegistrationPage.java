package io.interchange.web.registration;

import io.interchange.registration.api.EventOffer;
import io.interchange.registration.api.RegistrationDesk;
import io.interchange.registration.api.RegistrationForm;
import io.interchange.registration.api.RegistrationOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public registration page. One registration id per page view, so a double click or a
 * second submit after an unclear payment answer never charges twice; a declined card gets a
 * new one, so the next card is a new payment.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form field path (as the desk names it) to the id of its input on the page. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("eventCode", "ticket"), Map.entry("ticketType", "ticket"),
            Map.entry("attendee.firstName", "firstName"), Map.entry("attendee.lastName", "lastName"),
            Map.entry("attendee.email", "email"), Map.entry("attendee.company", "company"),
            Map.entry("billing.name", "billingName"), Map.entry("billing.street", "street"),
            Map.entry("billing.postalCode", "postalCode"), Map.entry("billing.city", "city"),
            Map.entry("billing.country", "country"), Map.entry("card.holder", "cardHolder"),
            Map.entry("card.number", "cardNumber"), Map.entry("card.expiry", "expiry"),
            Map.entry("card.securityCode", "securityCode"));

    @Inject
    RegistrationDesk desk;

    private final RegistrationForm form = new RegistrationForm();
    private String registrationId;
    private String ticketChoice;

    @PostConstruct
    void init() {
        registrationId = desk.newRegistrationId();
    }

    public RegistrationForm getForm() {
        return form;
    }

    /** The chosen event and ticket as one value, {@code EVENT/TICKET}. */
    public String getTicketChoice() {
        return ticketChoice;
    }

    public void setTicketChoice(String ticketChoice) {
        this.ticketChoice = ticketChoice;
    }

    public List<SelectItem> getTicketChoices() {
        List<SelectItem> items = new ArrayList<>();
        for (EventOffer offer : desk.offers()) {
            for (EventOffer.Ticket ticket : offer.tickets()) {
                items.add(new SelectItem(offer.code() + "/" + ticket.code(),
                        offer.name() + " (" + offer.date() + ", " + offer.venue() + ") — " + ticket.label()));
            }
        }
        return items;
    }

    public String register() {
        String[] choice = ticketChoice == null ? new String[0] : ticketChoice.split("/", 2);
        form.setEventCode(choice.length == 2 ? choice[0] : null);
        form.setTicketType(choice.length == 2 ? choice[1] : null);
        FacesContext faces = FacesContext.getCurrentInstance();
        RegistrationOutcome outcome = desk.register(registrationId, form);
        if (outcome instanceof RegistrationOutcome.Registered registered) {
            return "registered?faces-redirect=true&id=" + registered.registrationId();
        }
        if (outcome instanceof RegistrationOutcome.Invalid invalid) {
            invalid.fields().forEach((field, message) -> faces.addMessage(
                    "registration:" + INPUTS.getOrDefault(field, "ticket"),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        } else if (outcome instanceof RegistrationOutcome.Declined declined) {
            registrationId = desk.newRegistrationId();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Payment declined: " + declined.message() + ". You have not been charged.", null));
        } else if (outcome instanceof RegistrationOutcome.NotCompleted notCompleted) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, notCompleted.message(), null));
        }
        return null;
    }
}
