/**
 * Which subscriptions of the catalog a message goes to: each subscription's filter on the
 * CloudEvents attributes (with {@code *} wildcards) and, optionally, on the data (a JSONata
 * expression that must yield {@code true}). One message goes to every subscription that matches.
 */
package io.interchange.platform.subscription;
