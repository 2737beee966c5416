/** The ERP connector's queue, {@code ErpInbound}: placed orders, cancellations and ERP change notifications. */
package io.interchange.erp.inbound;
