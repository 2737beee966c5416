/**
 * Bounded growth: what the platform keeps and for how long. Journal entries, stored inbound events,
 * ledger entries, closed failed messages and resolved alerts older than their configured age are
 * removed in small batches, each in a transaction of its own, so the flow is never locked out.
 * Open failed messages, and the journal of their stories, are never removed.
 */
package io.interchange.platform.retention;
