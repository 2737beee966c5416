/**
 * The idempotency ledger: which consumer has already handled which message. Consumers record
 * an entry in the same transaction as their effect, so a redelivered message has no second effect.
 */
package io.interchange.platform.ledger;
