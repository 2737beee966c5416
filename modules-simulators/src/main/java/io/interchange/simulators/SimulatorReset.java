package io.interchange.simulators;

/** CDI event fired by {@code POST /sim/reset}: every store observes it and forgets its state. */
public record SimulatorReset() {
}
