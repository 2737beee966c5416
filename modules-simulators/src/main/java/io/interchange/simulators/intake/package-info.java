/**
 * The simulated systems' side of the platform's event intake: structured
 * CloudEvents POSTed with the system's {@code X-API-Key} and, for the ECP, Standard Webhooks
 * signature headers; retried on 429, 5xx and connection failures with the same
 * {@code webhook-id}; every send's outcome kept for the admin API ({@code /sim/intake}).
 */
package io.interchange.simulators.intake;
