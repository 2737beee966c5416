package io.interchange.web.operations;

import io.interchange.platform.failure.FailureStatus;
import io.interchange.web.api.Problem;
import java.util.Locale;

/**
 * Reads query and path parameters by hand, so that a malformed one is a 400 naming it (JAX-RS
 * would answer 404 for a query parameter that does not convert).
 */
final class QueryValues {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private QueryValues() {
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        return (int) Math.min(positive("limit", value), MAX_LIMIT);
    }

    static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problem.badRequest("the query parameter " + name + " must be a whole number of 1 or more, was " + value);
    }

    /** A failed message's id from the path; one that is not a number names no message. */
    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problem.notFound("no failed message " + value);
        }
    }

    /** @return null for blank */
    static FailureStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FailureStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("the query parameter status must be OPEN, RESUBMITTED or DISCARDED, was " + value);
        }
    }
}
