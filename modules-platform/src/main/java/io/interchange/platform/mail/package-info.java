/** Outgoing email: the configured SMTP relay. */
package io.interchange.platform.mail;
