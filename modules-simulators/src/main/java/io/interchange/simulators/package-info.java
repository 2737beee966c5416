/**
 * Simulated external systems for the demo and the tests: an eCommerce platform (ECP, shaped
 * like BigCommerce Orders) and an ERP (shaped like Business Central API v2.0), each reached
 * through its own TCP relay port so "offline" is a real connection refusal, both able to send
 * CloudEvents to the platform's intake, with fault injection and an admin API under
 * {@code /sim}. Never part of the production EAR; runs on Payara Micro as its own process.
 */
package io.interchange.simulators;
