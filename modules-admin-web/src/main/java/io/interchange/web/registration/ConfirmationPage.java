package io.interchange.web.registration;

import io.interchange.registration.api.RegistrationDesk;
import io.interchange.registration.api.RegistrationIds;
import io.interchange.registration.api.RegistrationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The confirmation after a successful registration, looked up by its number (a reload shows it again). */
@Named
@RequestScoped
public class ConfirmationPage {

    @Inject
    RegistrationDesk desk;

    private String id;
    private RegistrationStatus registration;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The address the confirmation went to, masked: the page is reachable by anyone who knows the number. */
    public String getMaskedEmail() {
        RegistrationStatus status = getRegistration();
        if (status == null) {
            return "";
        }
        String email = status.email();
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    public RegistrationStatus getRegistration() {
        if (registration == null && RegistrationIds.isRegistrationId(id)) {
            registration = desk.status(id).orElse(null);
        }
        return registration;
    }
}
