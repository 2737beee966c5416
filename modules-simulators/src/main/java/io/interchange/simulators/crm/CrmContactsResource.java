package io.interchange.simulators.crm;

import io.interchange.simulators.IdempotencyStore;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The CRM's API as the platform calls it, under {@code /crm/api}: upsert and read a contact
 * (bearer token required), and {@code /health} (no token). A replayed answer carries
 * {@code Idempotent-Replayed: true}.
 */
@RequestScoped
@Path("crm/api")
@Simulates(SimulatedSystem.CRM)
@Produces(MediaType.APPLICATION_JSON)
public class CrmContactsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    Contacts contacts;

    @PUT
    @Path("contacts/{customerId}")
    public Response upsert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @PathParam("customerId") String customerId,
            String body) {
        contacts.authenticate(authorization);
        IdempotencyStore.Outcome outcome = contacts.upsert(customerId, ContactRequest.of(body), idempotencyKey);
        Response.ResponseBuilder answer = Response.status(outcome.answer().status())
                .type(MediaType.APPLICATION_JSON)
                .entity(outcome.answer().body());
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }

    @GET
    @Path("contacts/{customerId}")
    public JsonObject contact(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("customerId") String customerId) {
        contacts.authenticate(authorization);
        return ContactJson.api(contacts.contact(customerId));
    }

    @GET
    @Path("health")
    public JsonObject health() {
        return Json.createObjectBuilder().add("status", "UP").build();
    }
}
