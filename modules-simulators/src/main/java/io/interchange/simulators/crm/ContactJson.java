package io.interchange.simulators.crm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON forms of a contact: the CRM API's and the admin API's. */
final class ContactJson {

    private ContactJson() {
    }

    /** {@code PUT} and {@code GET /crm/api/contacts/{customerId}}. */
    static JsonObject api(Contact c) {
        return common(c).build();
    }

    /** {@code GET /sim/crm/contacts}: also the requests that reached it. */
    static JsonObject admin(Contact c) {
        return common(c).add("requests", c.requests()).build();
    }

    private static JsonObjectBuilder common(Contact c) {
        return Json.createObjectBuilder()
                .add("id", c.id())
                .add("email", c.email())
                .add("name", c.name())
                .add("lastOrder", c.lastOrder())
                .add("updates", c.updates());
    }
}
