/**
 * The simulated systems' own ports: a plain TCP relay per system (ECP on {@code sim.ecp.port},
 * ERP on {@code sim.erp.port}, PayPal on {@code sim.paypal.port}, Mailchimp on
 * {@code sim.mailchimp.port}, the CRM on {@code sim.crm.port}, the notifications webhook on
 * {@code sim.notifications.port}) forwarding bytes to this server's HTTP port, and one for SMTP
 * ({@code sim.smtp.port}) forwarding to the SMTP sink. The platform is pointed at the relay
 * ports, so taking a system offline closes its listening socket and open connections: the
 * platform sees a real "connection refused", not an HTTP error.
 */
package io.interchange.simulators.relay;
