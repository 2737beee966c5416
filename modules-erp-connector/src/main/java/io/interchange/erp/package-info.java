/**
 * The ERP connector context: maps canonical orders to ERP sales orders (Business Central
 * API v2.0 shape) and turns ERP changes into state snapshots for the orders context.
 * Consumes the {@code ErpInbound} queue. (Built out by the order-integration work.)
 */
package io.interchange.erp;
