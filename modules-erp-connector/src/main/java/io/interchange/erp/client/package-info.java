/**
 * The anti-corruption layer to the ERP (modelled on Business Central API v2.0
 * salesOrders): the REST client with timeouts and classified outcomes, its settings, and the
 * mapping between canonical orders and sales orders.
 */
package io.interchange.erp.client;
