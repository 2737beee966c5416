/**
 * Event intake: CloudEvents from connected systems are validated, de-duplicated on
 * (source, id), stored, journaled and routed to their context's queue in one transaction.
 */
package io.interchange.platform.intake;
