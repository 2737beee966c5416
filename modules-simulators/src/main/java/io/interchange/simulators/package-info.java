/**
 * Simulated external systems for the demo and the tests: an eCommerce platform (ECP, shaped
 * like BigCommerce Orders), an ERP (shaped like Business Central API v2.0), a payment provider
 * (PayPal Orders v2), a mailing list (Mailchimp Marketing API 3.0), an SMTP relay (a
 * GreenMail sink), a CRM (a contact per customer) and a shipment notifications webhook, each
 * reached through its own TCP relay port so "offline" is a real connection refusal, and a
 * legacy warehouse reached only through its database (H2 over TCP). The shop and the ERP send CloudEvents to the platform's intake. Fault
 * injection and an admin API under {@code /sim}. Never part of the production EAR; runs on
 * Payara Micro as its own process.
 */
package io.interchange.simulators;
