package io.interchange.simulators.faults;

/**
 * What happens to one API call.
 *
 * @param latencyMs         wait before handling it
 * @param errorStatus       answer this instead of handling it; 0 to handle it
 * @param retryAfterSeconds the {@code Retry-After} to send with the error, or -1 for none
 * @param slowButSucceedsMs wait after handling it, before answering
 */
public record FaultDecision(long latencyMs, int errorStatus, int retryAfterSeconds, long slowButSucceedsMs) {

    public boolean fails() {
        return errorStatus != 0;
    }
}
