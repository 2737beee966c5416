/**
 * The errors queue: failed messages filtered and paged, failure groups (a whole group resubmitted at
 * once), resubmit or discard many at once with each message's outcome, and one message's detail with
 * its payload to fix and its lineage.
 */
package io.interchange.web.console.errors;
