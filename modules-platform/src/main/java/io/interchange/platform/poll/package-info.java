/**
 * Reading a database system's changes as events: its poll query, each row mapped to a CloudEvent
 * and accepted as the HTTP intake accepts one, with the watermark moved in the same transaction.
 */
package io.interchange.platform.poll;
