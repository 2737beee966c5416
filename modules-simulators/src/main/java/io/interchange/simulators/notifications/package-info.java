/**
 * The simulated shipment notifications webhook, under {@code /hooks}:
 * {@code POST /hooks/shipments} takes any JSON object with header
 * {@code X-Webhook-Key: <notifications.webhook-key>} and a required {@code Idempotency-Key}; a
 * new key is kept and answered 202, a repeated one 409 "already received" without a second
 * effect (as webhooks that deduplicate do). {@code GET /hooks/ping} answers 204. Errors are
 * RFC 9457 problem details. Admin API under {@code /sim/notifications}.
 */
package io.interchange.simulators.notifications;
