/**
 * The simulated ERP (modelled on Business Central API v2.0 salesOrders): sales
 * orders kept in memory, the OData-style API under {@code /erp/api/v2.0} (find by
 * {@code externalDocumentNumber}, create with a 409 on a duplicate, read with
 * {@code $expand=shipments,payments}, cancel), the lifecycle Draft, Released, Shipped,
 * Invoiced that the admin API or the demo drives, and the {@code erp.salesorder.changed}
 * events it sends.
 */
package io.interchange.simulators.erp;
