/**
 * The anti-corruption layer to the shop (ECP, modelled on BigCommerce's Orders
 * API): {@link io.interchange.orders.shop.ShopClient} makes the calls with timeouts and
 * classifies their outcomes, {@link io.interchange.orders.shop.ShopMapping} translates the
 * shop's order into the canonical one and refuses what it cannot translate.
 */
package io.interchange.orders.shop;
