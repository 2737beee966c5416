/**
 * Delivery outcomes of calls to external systems: a consumer that calls a system throws a
 * {@link io.interchange.platform.delivery.TransientFailure} (timeout, refused, 429, 5xx: retried
 * later by a retry message) or a {@link io.interchange.platform.delivery.PermanentFailure}
 * (4xx, validation, mapping: straight to the failed messages), and the platform does the rest.
 */
package io.interchange.platform.delivery;
