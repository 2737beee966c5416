/**
 * The standard message: every message on the bus is a CloudEvents 1.0 event ({@link
 * io.interchange.platform.message.Envelope}) with the platform's extension attributes
 * (correlation, causation, target, delivery kind, retry count).
 */
package io.interchange.platform.message;
