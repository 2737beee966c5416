/**
 * The errors queue as a workplace: what operators do with failed messages. An edit is
 * validated, a resubmit sends a new message (new id, caused by the failed one) to the queue it
 * came from, a discard needs a reason; each action locks the failed message, changes it,
 * journals it and writes its audit entry in one transaction.
 */
package io.interchange.platform.operations;
