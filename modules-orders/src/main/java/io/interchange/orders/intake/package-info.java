/**
 * The orders context's queue, {@code OrdersInbound}: shop order events and the ERP connector's
 * answers, each handed to its step in {@link io.interchange.orders.sync} exactly once.
 */
package io.interchange.orders.intake;
