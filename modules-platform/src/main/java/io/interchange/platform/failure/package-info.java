/**
 * Messages that could not be handled, kept in the database with their envelope and reason:
 * OpenMQ's dead message queue drops the oldest beyond 1,000 and must never be the only copy.
 */
package io.interchange.platform.failure;
