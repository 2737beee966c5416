package io.interchange.simulators.notifications;

import jakarta.json.JsonObject;
import java.time.Instant;

/** A notification the webhook received: its idempotency key and its whole body. */
public record Notification(String idempotencyKey, JsonObject body, Instant receivedAt) {
}
