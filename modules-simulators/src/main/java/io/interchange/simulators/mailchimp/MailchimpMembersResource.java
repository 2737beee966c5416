package io.interchange.simulators.mailchimp;

import io.interchange.simulators.MailchimpError;
import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.Simulates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;

/**
 * Mailchimp's Marketing API as the platform calls it, under
 * {@code /mailchimp/3.0}: upsert and read a list member, and {@code /ping}. Every call needs
 * HTTP Basic {@code anystring:<api key>}.
 */
@RequestScoped
@Path("mailchimp/3.0")
@Simulates(SimulatedSystem.MAILCHIMP)
@Produces(MediaType.APPLICATION_JSON)
public class MailchimpMembersResource {

    @Inject
    Audience audience;

    @GET
    @Path("ping")
    public JsonObject ping(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        audience.authenticate(authorization);
        return Json.createObjectBuilder().add("health_status", "Everything's Chimpy!").build();
    }

    @PUT
    @Path("lists/{listId}/members/{subscriberHash}")
    public JsonObject upsert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("listId") String listId, @PathParam("subscriberHash") String subscriberHash, String body) {
        audience.authenticate(authorization);
        return MemberJson.member(audience.upsert(listId, subscriberHash, MemberRequest.of(parse(body))));
    }

    @GET
    @Path("lists/{listId}/members/{subscriberHash}")
    public JsonObject member(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("listId") String listId, @PathParam("subscriberHash") String subscriberHash) {
        audience.authenticate(authorization);
        return MemberJson.member(audience.member(listId, subscriberHash));
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw new MailchimpError(400, "JSON Parse Exception", "We encountered an unspecified JSON parsing error.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MailchimpError(400, "JSON Parse Exception", "We encountered an unspecified JSON parsing error.");
        }
    }
}
