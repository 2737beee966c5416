package io.interchange.simulators;

/** An HTTP answer kept for an idempotency key: status and JSON body. */
public record StoredAnswer(int status, String body) {
}
