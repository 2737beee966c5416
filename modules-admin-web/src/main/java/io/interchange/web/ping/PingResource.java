package io.interchange.web.ping;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/ping}: the cheapest possible endpoint (no auth, no database, no broker).
 * The benchmark measures it beside the intake, so that every intake figure is also a ratio
 * to what this server can do at all on the same machine at the same time.
 */
@Path("v1/ping")
public class PingResource {

    @GET
    @Operation(summary = "Liveness of the HTTP edge; a calibration point for benchmarks")
    public Response ping() {
        return Response.noContent().build();
    }
}
