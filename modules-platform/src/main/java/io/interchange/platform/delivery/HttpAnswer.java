package io.interchange.platform.delivery;

/** What an external system answered: status, body and its {@code Retry-After}, still to be judged. */
public record HttpAnswer(int status, String body, String retryAfter) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Returns the body of a 2xx answer; throws the classified failure of any other (see {@link HttpOutcome}). */
    public String requireSuccess(String system, String call) {
        HttpOutcome.check(system, call, status, retryAfter, body);
        return body;
    }
}
