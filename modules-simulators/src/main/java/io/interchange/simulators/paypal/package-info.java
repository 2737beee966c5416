/**
 * The simulated payment provider (modelled on PayPal Orders v2): OAuth 2.0
 * client-credentials tokens ({@code POST /paypal/v1/oauth2/token}, HTTP Basic with
 * {@code paypal.client-id} and {@code paypal.secret}), card payments captured in one step
 * ({@code POST /paypal/v2/checkout/orders}, replayed per {@code PayPal-Request-Id}, test cards
 * for approved, declined and provider error), reading an order back, and the admin API under
 * {@code /sim/paypal}. Card numbers are never kept: an order remembers the last four digits
 * and the brand only.
 */
package io.interchange.simulators.paypal;
