/**
 * The orders context's published language: the canonical order, the messages it sends and takes,
 * their JSON Schemas ({@code schemas/<type>.json}) and its {@link io.interchange.orders.api.OrdersContract}.
 */
package io.interchange.orders.api;
