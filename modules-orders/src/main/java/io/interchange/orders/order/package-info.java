/**
 * The order hub: each shop order once, as the canonical order plus what Interchange knows of
 * its life in the ERP (link, last applied ERP state, payments and shipments passed to the shop).
 */
package io.interchange.orders.order;
