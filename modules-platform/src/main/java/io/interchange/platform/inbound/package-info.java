/**
 * The receiving end of the bus: what every message-driven bean does with a message it is given.
 * It decides between the effect, a retry, the errors queue and parking, so it sits above the bus,
 * the ledger, the failed messages and the connected systems, none of which knows it.
 */
package io.interchange.platform.inbound;
