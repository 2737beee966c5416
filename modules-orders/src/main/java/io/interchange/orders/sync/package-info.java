/**
 * The order flow's steps on the shop side, one class each: placing a shop order (fetch,
 * validate, store, publish {@code OrderPlaced}), telling the shop its ERP reference, applying
 * ERP changes to the shop, and cancellations.
 */
package io.interchange.orders.sync;
