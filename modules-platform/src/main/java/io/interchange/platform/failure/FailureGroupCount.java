package io.interchange.platform.failure;

import java.time.Instant;

/** One failure group as the errors queue shows it: how many messages, since when, until when. */
public record FailureGroupCount(String group, String consumer, String type, long count, Instant oldest,
        Instant newest) {
}
