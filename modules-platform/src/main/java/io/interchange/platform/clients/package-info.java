/**
 * The systems that may call Interchange, each with an API key (kept only as a SHA-256 hash),
 * the event types it may send and, optionally, a webhook signing secret.
 */
package io.interchange.platform.clients;
