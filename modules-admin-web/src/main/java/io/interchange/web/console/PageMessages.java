package io.interchange.web.console;

import io.interchange.platform.operator.OperationRefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages on a console page: for the whole page, or next to one field. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        error(null, text);
    }

    /** @param clientId the field's client id, or null for the page */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** What the platform refused, in its own words (they name the message or the field, never internals). */
    public static void refused(OperationRefusedException e) {
        error(e.getMessage());
    }
}
