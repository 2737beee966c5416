/** Charging the card through the payment provider (contracts §4). */
package io.interchange.registration.payment;
