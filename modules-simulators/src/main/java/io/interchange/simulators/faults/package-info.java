/**
 * Fault injection for the simulated APIs, set per system through {@code /sim/faults}: offline
 * (the system's relay port refuses connections), an error rate with a chosen status (429 and
 * 503 with {@code Retry-After}), latency before answering, and "slow but succeeds" (the effect
 * happens, then the answer is late, so a client's read timeout fires although it worked).
 * The SMTP sink takes "offline" only. The admin API is never faulted.
 */
package io.interchange.simulators.faults;
