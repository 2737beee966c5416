/**
 * {@code /api/v1/events}: the CloudEvents intake over HTTP (structured, batch and binary modes)
 * and the webhook abuse-protection handshake. Answers as docs/architecture.md describes.
 */
package io.interchange.web.events;
