package io.interchange.web.facade;

import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.facade.FacadeDocument;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/systems/openapi}: the facade's OpenAPI document, one path per operation of
 * the catalog in force, made on every request (so a new catalog file is documented at once;
 * the application's own {@code /openapi} is built once, at deployment). Public, like {@code /openapi}.
 */
@Path("v1/systems/openapi")
public class FacadeOpenApiResource {

    @Inject
    Catalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The facade's OpenAPI 3.1 document: one path per operation of the catalog in force")
    public String document() {
        return FacadeDocument.of(catalog.active().stream().map(ActiveCatalog.Entry::system).toList()).toString();
    }
}
