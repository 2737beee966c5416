package io.interchange.simulators.crm;

import jakarta.json.JsonValue;

/**
 * A customer's contact as the CRM keeps it.
 *
 * @param updates  the writes that took effect (an idempotent replay is none)
 * @param requests the upserts that reached it, replays included
 */
public record Contact(String id, String email, JsonValue name, JsonValue lastOrder, long updates, long requests) {

    static Contact created(String id, ContactRequest request) {
        return new Contact(id, request.email(), request.name(), request.lastOrder(), 1, 1);
    }

    /** A PUT replaces what it carries: email, name and last order. */
    Contact written(ContactRequest request) {
        return new Contact(id, request.email(), request.name(), request.lastOrder(), updates + 1, requests + 1);
    }

    Contact requestedAgain() {
        return new Contact(id, email, name, lastOrder, updates, requests + 1);
    }
}
