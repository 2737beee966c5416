/**
 * The connected systems ({@code ecp}, {@code erp}) and whether they can be called now: online,
 * offline by an operator, in a maintenance window, or broken (offline by its circuit breaker).
 * Messages for a system that is not online are parked in the database without spending
 * retries, and drained back to their queues, oldest first and throttled, once it is online
 * again. The database, not the broker, holds them because parked messages must be countable
 * and released on demand, which a delayed JMS message cannot be.
 */
package io.interchange.platform.systems;
