/**
 * The integration kernel that every bounded context uses and none owns: the standard message
 * ({@link io.interchange.platform.message}), its JMS binding ({@link io.interchange.platform.bus}),
 * event intake, the journal, the idempotency ledger and the API clients. Packaged as a jar in
 * the EAR's {@code lib/}, so the contexts see it; it never sees them.
 */
package io.interchange.platform;
