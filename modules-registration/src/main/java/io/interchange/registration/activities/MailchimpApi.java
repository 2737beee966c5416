package io.interchange.registration.activities;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The mailing list's member upsert (Mailchimp Marketing API v3; the base URL ends in {@code /3.0}). */
public interface MailchimpApi {

    @PUT
    @Path("/lists/{listId}/members/{subscriberHash}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response upsertMember(@HeaderParam("Authorization") String basic, @PathParam("listId") String listId,
            @PathParam("subscriberHash") String subscriberHash, String body);
}
