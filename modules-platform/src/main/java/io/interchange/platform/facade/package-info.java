/**
 * Calling a catalog system's operations through Interchange: at once (the call made now, its
 * answer returned), over the bus (with the delivery's retries, parking and errors queue), or by
 * hand (a {@code manual} message, audited). Each request is checked against the operation's input
 * schema first and is tracked on the timeline like any other message.
 */
package io.interchange.platform.facade;
