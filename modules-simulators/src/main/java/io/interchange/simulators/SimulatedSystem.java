package io.interchange.simulators;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/** The external systems this WAR simulates. Their names are the path segments of the admin API. */
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
    };

    /** An error answer in the system's own format. */
    public abstract Response error(int status, String code, String message);

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
}
