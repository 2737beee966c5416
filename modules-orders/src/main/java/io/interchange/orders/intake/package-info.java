/**
 * Order events from the shop, consumed from the {@code OrdersInbound} queue exactly once
 * (idempotent through the platform ledger) and recorded.
 */
package io.interchange.orders.intake;
