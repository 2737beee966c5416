package io.interchange.web.console.errors;

import java.io.Serializable;

/** What became of one selected message: resubmitted as a new message, discarded, or refused and why. */
public record Outcome(long failedMessageId, boolean done, String text) implements Serializable {
}
