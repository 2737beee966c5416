/** Charging the card through the payment provider. */
package io.interchange.registration.payment;
