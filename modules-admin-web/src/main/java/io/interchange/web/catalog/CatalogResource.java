package io.interchange.web.catalog;

import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.CatalogView;
import io.interchange.platform.clients.Role;
import io.interchange.web.api.CallerKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/catalog}: the systems in force and the files refused; a viewer's key or above. */
@Path("v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CallerKey callerKey;

    @Inject
    Catalog catalog;

    @GET
    @Operation(summary = "The system catalog in force: each system as its file says (no secrets, API keys counted), "
            + "and each refused file with its line, field and reason")
    public String catalog(@HeaderParam(CallerKey.HEADER) String apiKey) {
        callerKey.requireRole(apiKey, Role.VIEWER);
        return CatalogView.of(catalog.folder().toString(), catalog.active(), catalog.refused()).toString();
    }
}
