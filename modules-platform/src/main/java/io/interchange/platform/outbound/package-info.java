/**
 * Requests to catalog systems, built from the standard message by an operation's mappings:
 * method, path (placeholders filled and percent-encoded), headers, idempotency key and body; and
 * the reply event a delivered answer maps to. Sending them is the HTTP adapter's job.
 */
package io.interchange.platform.outbound;
