/**
 * The simulated SMTP relay: a GreenMail SMTP server inside this process on a
 * loopback port of its own, reached through the relay port {@code sim.smtp.port} (so "offline"
 * is a refused connection, as for the HTTP systems). It accepts any sender, recipient and
 * credentials, without TLS, and keeps every mail once, parsed (Message-ID, from, to, subject,
 * plain-text and HTML parts, time received), for the admin API under {@code /sim/smtp}.
 */
package io.interchange.simulators.smtp;
