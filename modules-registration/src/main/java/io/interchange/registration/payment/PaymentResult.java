package io.interchange.registration.payment;

/** What the payment provider answered to a charge. */
public sealed interface PaymentResult {

    /** Captured: the money is taken. */
    record Approved(String orderId, String captureId) implements PaymentResult {
    }

    /** The card was refused; nothing was taken. {@code reason} is safe to show to the person. */
    record Declined(String reason) implements PaymentResult {
    }

    /** The provider failed or did not answer; the request id makes a retry safe. {@code detail} is for the log. */
    record Unavailable(String detail) implements PaymentResult {
    }
}
