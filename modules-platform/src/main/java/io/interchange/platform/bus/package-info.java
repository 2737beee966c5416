/**
 * The JMS binding of the standard message and the queues of the bus. Messages are CloudEvents
 * in JMS "binary mode": attributes as {@code cloudEvents_*} properties, data as the text body.
 */
package io.interchange.platform.bus;
