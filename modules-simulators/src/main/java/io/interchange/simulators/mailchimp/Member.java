package io.interchange.simulators.mailchimp;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list member. Changed only under the {@link Audience}'s lock; read through {@link #snapshot()}.
 */
public final class Member {

    /** A consistent copy for answers and the admin API. */
    public record Snapshot(String listId, String id, String emailAddress, String status,
            Map<String, JsonValue> mergeFields, String uniqueEmailId, String contactId, long webId, long upserts,
            Instant createdAt, Instant lastChanged) {
    }

    private final String listId;
    private final String id;
    private final String uniqueEmailId;
    private final String contactId;
    private final long webId;
    private final Instant createdAt;
    private final Map<String, JsonValue> mergeFields = new LinkedHashMap<>();
    private String emailAddress;
    private String status;
    private Instant lastChanged;
    private long upserts;

    Member(String listId, String id, String uniqueEmailId, String contactId, long webId, String emailAddress,
            String status, Map<String, JsonValue> mergeFields, Instant now) {
        this.listId = listId;
        this.id = id;
        this.uniqueEmailId = uniqueEmailId;
        this.contactId = contactId;
        this.webId = webId;
        this.emailAddress = emailAddress;
        this.status = status;
        this.mergeFields.putAll(mergeFields);
        this.createdAt = now;
        this.lastChanged = now;
        this.upserts = 1;
    }

    /**
     * Applies a repeated upsert: the given merge fields and an explicit {@code status} win;
     * {@code status_if_new} is ignored. {@code last_changed} moves only when something changed.
     */
    void update(MemberRequest request, Instant now) {
        upserts++;
        boolean changed = !emailAddress.equals(request.emailAddress());
        emailAddress = request.emailAddress();
        if (request.status() != null && !request.status().equals(status)) {
            status = request.status();
            changed = true;
        }
        for (Map.Entry<String, JsonValue> field : request.mergeFields().entrySet()) {
            changed |= !field.getValue().equals(mergeFields.put(field.getKey(), field.getValue()));
        }
        if (changed) {
            lastChanged = now;
        }
    }

    Snapshot snapshot() {
        Map<String, JsonValue> fields = Collections.unmodifiableMap(new LinkedHashMap<>(mergeFields));
        return new Snapshot(listId, id, emailAddress, status, fields, uniqueEmailId, contactId, webId, upserts, createdAt,
                lastChanged);
    }
}
