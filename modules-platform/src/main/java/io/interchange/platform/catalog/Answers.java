package io.interchange.platform.catalog;

/**
 * Which answers of an operation mean what. An exact status wins over a class (so {@code 409} can
 * be "delivered" while other 4xx are permanent failures); an answer in no list is a permanent
 * failure; no answer at all (timeout, refused connection) is "retry later".
 */
public record Answers(StatusSet delivered, StatusSet retry, StatusSet permanent) {

    public enum Meaning { DELIVERED, RETRY_LATER, PERMANENT_FAILURE }

    public Meaning meaning(int status) {
        if (delivered.namesExactly(status)) {
            return Meaning.DELIVERED;
        }
        if (retry.namesExactly(status)) {
            return Meaning.RETRY_LATER;
        }
        if (permanent.namesExactly(status)) {
            return Meaning.PERMANENT_FAILURE;
        }
        if (delivered.coversClass(status)) {
            return Meaning.DELIVERED;
        }
        if (retry.coversClass(status)) {
            return Meaning.RETRY_LATER;
        }
        return Meaning.PERMANENT_FAILURE;
    }

    public Meaning noAnswer() {
        return Meaning.RETRY_LATER;
    }
}
