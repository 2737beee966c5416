/**
 * The simulated CRM: a contact per customer, upserted with
 * {@code PUT /crm/api/contacts/{customerId}} ({@code Authorization: Bearer <crm.token>}; an
 * {@code Idempotency-Key} is honoured: a repeated key gets the first answer without a second
 * write) and read back with {@code GET}; {@code GET /crm/api/health} needs no token. Errors are
 * RFC 9457 problem details. Every contact counts its effective writes and the requests that
 * reached it (replays included), so a test can see that a retry was harmless. Admin API under
 * {@code /sim/crm}.
 */
package io.interchange.simulators.crm;
