package io.interchange.simulators.ecp;

import java.time.Instant;

/** A payment the platform recorded on an order. */
public record Payment(String id, String status, String amount, String currency, String reference, Instant recordedAt) {
}
