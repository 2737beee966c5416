package io.interchange.simulators.smtp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The SMTP sink's admin API for tests and the demo ({@code /sim/smtp}): the mails received (all,
 * or those to one address or with one {@code Message-ID}), oldest first, and deleting them.
 */
@RequestScoped
@Path("sim/smtp")
@Produces(MediaType.APPLICATION_JSON)
public class SmtpAdminResource {

    @Inject
    SmtpSink sink;

    @GET
    @Path("messages")
    public JsonObject messages(@QueryParam("to") String to, @QueryParam("messageId") String messageId) {
        List<ReceivedMail> found = sink.messages().stream()
                .filter(m -> to == null || m.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(to.trim())))
                .filter(m -> messageId == null || messageId.equals(m.messageId()))
                .toList();
        JsonArrayBuilder list = Json.createArrayBuilder();
        found.forEach(m -> list.add(json(m)));
        return Json.createObjectBuilder().add("count", found.size()).add("messages", list).build();
    }

    @DELETE
    @Path("messages")
    public JsonObject clear() {
        return Json.createObjectBuilder().add("deleted", sink.clear()).build();
    }

    static JsonObject json(ReceivedMail mail) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "messageId", mail.messageId());
        text(json, "from", mail.from());
        json.add("to", Json.createArrayBuilder(mail.to()))
                .add("cc", Json.createArrayBuilder(mail.cc()))
                .add("recipients", Json.createArrayBuilder(mail.recipients()));
        text(json, "subject", mail.subject());
        text(json, "text", mail.text());
        text(json, "html", mail.html());
        return json.add("receivedAt", mail.receivedAt().toString()).build();
    }

    private static void text(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
