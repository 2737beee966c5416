package io.interchange.platform.systems;

/** Whether a connected system may be called. */
public enum SystemState {
    ONLINE,
    /** Taken offline by an operator, with a reason. */
    OFFLINE,
    /** Offline by an operator until a given time, online after it. */
    MAINTENANCE,
    /** Offline by its circuit breaker, until a probe gets an answer from it. */
    BROKEN;

    /** The states an operator may set (BROKEN is the breaker's). */
    public boolean settableByOperator() {
        return this != BROKEN;
    }
}
