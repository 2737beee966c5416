/**
 * Alerts: one alert per incident, not one per message, mailed once to the operators when raised
 * ({@link io.interchange.platform.alerts.AlertMail}).
 * A {@code DEAD_LETTER} alert is raised for every message that reaches the errors queue, keyed by
 * its failure group, resolved when the group has no open message left; a {@code SYSTEM_BROKEN} alert when the circuit breaker opens for a system,
 * resolved when that system comes back online. Raising an alert whose incident already has an
 * OPEN or ACKNOWLEDGED alert counts one more occurrence on it instead of creating another.
 */
package io.interchange.platform.alerts;
