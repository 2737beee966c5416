/**
 * The orders context: the order hub and the shop (ECP) side of the order flow. It consumes
 * {@code ecp.order.*} events from its queue and owns the canonical orders.
 */
package io.interchange.orders;
