/**
 * Mappings in JSONata (com.dashjoin:jsonata): compiled once when the catalog is read, evaluated
 * on the standard message (the CloudEvents JSON form of an {@code Envelope}). JSONata rather than
 * JSLT: it is the language most integration tools and their users already know, and one
 * language covers request bodies, headers, idempotency keys, reply events and data filters.
 */
package io.interchange.platform.mapping;
