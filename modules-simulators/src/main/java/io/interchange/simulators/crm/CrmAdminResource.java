package io.interchange.simulators.crm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The CRM's admin API for tests and the demo ({@code /sim/crm}): every contact, oldest first,
 * with its effective writes ({@code updates}) and the upserts that reached it ({@code requests},
 * idempotent replays included). No auth, no faults.
 */
@RequestScoped
@Path("sim/crm")
@Produces(MediaType.APPLICATION_JSON)
public class CrmAdminResource {

    @Inject
    Contacts contacts;

    @GET
    @Path("contacts")
    public JsonArray contacts() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        contacts.all().forEach(c -> list.add(ContactJson.admin(c)));
        return list.build();
    }
}
