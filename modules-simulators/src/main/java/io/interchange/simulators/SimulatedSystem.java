package io.interchange.simulators;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The external systems this WAR simulates. Their names are the path segments of the admin API
 * ({@code /sim/faults/{system}}) and each has its own relay port (see {@code relay}).
 */
public enum SimulatedSystem {

    /** The eCommerce platform; errors as RFC 9457 problem details. */
    ECP {
        @Override
        public Response error(int status, String code, String message) {
            return new Problem(status, code, message).getResponse();
        }
    },

    /** The ERP; errors in the OData form Business Central uses. */
    ERP {
        @Override
        public Response error(int status, String code, String message) {
            return new ODataError(status, code, message).getResponse();
        }
    },

    /** The payment provider (PayPal Orders v2); errors in PayPal's {@code name/details} form. */
    PAYPAL {
        @Override
        public Response error(int status, String code, String message) {
            return PayPalError.of(status, message).getResponse();
        }
    },

    /** The mailing list (Mailchimp Marketing API 3.0); errors as Mailchimp's problem details. */
    MAILCHIMP {
        @Override
        public Response error(int status, String code, String message) {
            return MailchimpError.of(status, message).getResponse();
        }
    },

    /** The SMTP relay (a GreenMail sink); it speaks SMTP, so its only fault is being offline. */
    SMTP {
        @Override
        public boolean http() {
            return false;
        }

        @Override
        public Response error(int status, String code, String message) {
            throw new UnsupportedOperationException("The SMTP sink answers no HTTP requests");
        }
    },

    /** The CRM (a contact per customer); errors as RFC 9457 problem details. */
    CRM {
        @Override
        public Response error(int status, String code, String message) {
            return new Problem(status, code, message).getResponse();
        }
    },

    /** The shipment notifications webhook; errors as RFC 9457 problem details. */
    NOTIFICATIONS {
        @Override
        public Response error(int status, String code, String message) {
            return new Problem(status, code, message).getResponse();
        }
    };

    /** An error answer in the system's own format. */
    public abstract Response error(int status, String code, String message);

    /** Whether the system is an HTTP API (served by this WAR); otherwise it has a server of its own. */
    public boolean http() {
        return true;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SimulatedSystem> byKey(String key) {
        for (SimulatedSystem system : values()) {
            if (system.key().equals(key)) {
                return Optional.of(system);
            }
        }
        return Optional.empty();
    }

    /** "ecp, erp, paypal, mailchimp, smtp, crm, notifications", for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(SimulatedSystem::key).collect(Collectors.joining(", "));
    }
}
