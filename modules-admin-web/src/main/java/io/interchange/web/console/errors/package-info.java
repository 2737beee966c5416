/**
 * The errors queue: failed messages filtered and paged, failure groups, resubmit or discard many
 * at once with each message's outcome, and one message's detail with its payload to fix.
 */
package io.interchange.web.console.errors;
