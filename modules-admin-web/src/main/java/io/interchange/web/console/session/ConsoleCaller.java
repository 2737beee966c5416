package io.interchange.web.console.session;

import io.interchange.platform.clients.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The person using the console and what their role lets them do. Pages hide what the role may not
 * do; {@link #mayAct(Role)} refuses it on the server too, for a request crafted by hand.
 */
@Named("caller")
@RequestScoped
public class ConsoleCaller {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isOperator() {
        return has(Role.OPERATOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.configName());
    }

    /** True if the caller has {@code needed}; otherwise says so on the page and is false. */
    public boolean mayAct(Role needed) {
        if (getName() != null && has(needed)) {
            return true;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Refused: this needs the role " + needed.configName() + ".", null));
        faces.getExternalContext().setResponseStatus(403);
        return false;
    }
}
