/**
 * The ERP connector's published language: the messages it sends and takes, their JSON Schemas
 * ({@code schemas/<type>.json}) and its {@link io.interchange.erp.api.ErpConnectorContract}.
 */
package io.interchange.erp.api;
