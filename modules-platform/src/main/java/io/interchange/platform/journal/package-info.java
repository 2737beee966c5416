/**
 * The message journal: every hop of every message (received, enqueued, consumed, failed ...)
 * with its time and business key. The console's end-to-end timeline and the metrics read it.
 */
package io.interchange.platform.journal;
