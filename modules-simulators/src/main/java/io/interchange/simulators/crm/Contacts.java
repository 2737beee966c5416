package io.interchange.simulators.crm;

import io.interchange.simulators.BearerToken;
import io.interchange.simulators.IdempotencyStore;
import io.interchange.simulators.Problem;
import io.interchange.simulators.SimulatorReset;
import io.interchange.simulators.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated CRM: its bearer token ({@code crm.token}) and its contacts, in memory, in the
 * order they were created, with the answers kept per {@code Idempotency-Key} (per contact).
 * Cleared by a reset.
 */
@ApplicationScoped
public class Contacts {

    @Inject
    @ConfigProperty(name = "crm.token")
    Optional<String> token;

    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final IdempotencyStore idempotency = new IdempotencyStore();

    public Contacts() {
    }

    Contacts(String token) {
        this.token = Optional.ofNullable(token);
    }

    /** @throws Problem 401 unless {@code Authorization: Bearer <crm.token>} */
    public void authenticate(String authorization) {
        if (!new BearerToken(token).accepts(authorization)) {
            throw new Problem(401, "unauthorized", "Missing or wrong bearer token")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    /**
     * Creates (201) or updates (200) the contact {@code id}. With an idempotency key, a repeated
     * key gets the first answer again and writes nothing; without one, every call writes.
     */
    public IdempotencyStore.Outcome upsert(String id, ContactRequest request, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new IdempotencyStore.Outcome(write(id, request), false);
        }
        IdempotencyStore.Outcome outcome = idempotency.answer("contact " + id, idempotencyKey,
                () -> write(id, request));
        if (outcome.replayed()) {
            countReplay(id);
        }
        return outcome;
    }

    private synchronized StoredAnswer write(String id, ContactRequest request) {
        Contact before = contacts.get(id);
        Contact after = before == null ? Contact.created(id, request) : before.written(request);
        contacts.put(id, after);
        return new StoredAnswer(before == null ? 201 : 200, ContactJson.api(after).toString());
    }

    private synchronized void countReplay(String id) {
        contacts.computeIfPresent(id, (key, contact) -> contact.requestedAgain());
    }

    /** @throws Problem 404 when there is no such contact */
    public synchronized Contact contact(String id) {
        Contact contact = contacts.get(id);
        if (contact == null) {
            throw Problem.notFound("There is no contact " + id + ".");
        }
        return contact;
    }

    public synchronized List<Contact> all() {
        return new ArrayList<>(contacts.values());
    }

    synchronized void onReset(@Observes SimulatorReset reset) {
        contacts.clear();
        idempotency.clear();
    }
}
