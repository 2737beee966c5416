package io.interchange.web.api;

import io.interchange.platform.intake.EventNotAllowedException;
import io.interchange.platform.intake.InvalidEventException;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders every error of the API as problem details: ours as they are, the JAX-RS runtime's
 * own (404, 405, 406 ...) translated, anything unexpected as a 500 whose detail leaks nothing.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof Problem problem) {
            return problem.getResponse();
        }
        if (exception instanceof InvalidEventException invalid) {
            return Problem.badRequest(invalid.getMessage()).field(invalid.pointer(), invalid.getMessage()).getResponse();
        }
        if (exception instanceof OperationRefusedException refused) {
            return refusal(refused).getResponse();
        }
        if (exception instanceof EventNotAllowedException notAllowed) {
            return Problem.forbidden(notAllowed.getMessage()).getResponse();
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new Problem(status, "http-" + status, Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    web.getMessage()).getResponse();
        }
        LOG.log(Level.SEVERE, "unexpected error in the API", exception);
        return new Problem(500, "internal", "Internal error",
                "an unexpected error occurred; it has been logged").getResponse();
    }

    /** An operator's refused action, as problem details (also used for each refusal of a bulk action). */
    public static Problem refusal(OperationRefusedException refused) {
        return switch (refused.why()) {
            case NOT_FOUND -> Problem.notFound(refused.getMessage());
            case CONFLICT -> new Problem(409, "conflict", "Conflict with the message's state", refused.getMessage());
            case INVALID -> Problem.badRequest(refused.getMessage()).field(refused.pointer(), refused.getMessage());
            case UNAVAILABLE -> Problem.unavailable(refused.getMessage(), 5);
        };
    }
}
