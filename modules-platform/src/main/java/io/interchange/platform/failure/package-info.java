/**
 * The errors queue: messages that could not be handled, kept in the database with their whole
 * envelope, queue, data, reason and failure group, and their status (open, resubmitted,
 * discarded). OpenMQ's dead message queue drops the oldest beyond 1,000 and must never be the
 * only copy. What operators do with them is in {@code io.interchange.platform.operations}.
 */
package io.interchange.platform.failure;
