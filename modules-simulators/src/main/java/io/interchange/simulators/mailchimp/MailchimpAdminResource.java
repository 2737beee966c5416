package io.interchange.simulators.mailchimp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Mailchimp's admin API for tests and the demo ({@code /sim/mailchimp}): the audience's members
 * (all, or the one with an {@code email}), each with how often it was upserted. No auth, no faults.
 */
@RequestScoped
@Path("sim/mailchimp")
@Produces(MediaType.APPLICATION_JSON)
public class MailchimpAdminResource {

    @Inject
    Audience audience;

    @GET
    @Path("members")
    public JsonObject members(@QueryParam("email") String email) {
        List<Member.Snapshot> found = email == null ? audience.members() : audience.byEmail(email).stream().toList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        found.forEach(m -> list.add(MemberJson.admin(m)));
        return Json.createObjectBuilder()
                .add("listId", audience.listId())
                .add("count", found.size())
                .add("upserts", found.stream().mapToLong(Member.Snapshot::upserts).sum())
                .add("members", list)
                .build();
    }
}
