package io.interchange.simulators.paypal;

/**
 * What the simulated PayPal does with a card: the test cards
 * {@value #DECLINED_CARD} (declined) and {@value #PROVIDER_ERROR_CARD} (PayPal answers 500);
 * every other valid number, {@value #APPROVED_CARD} among them, is approved.
 */
public enum CardOutcome {

    APPROVED,
    /** 422 {@code INSTRUMENT_DECLINED}. */
    DECLINED,
    /** 500: PayPal failed; nothing is captured and nothing remembered, so a retry meets the same card again. */
    PROVIDER_ERROR;

    static final String APPROVED_CARD = "4111111111111111";
    static final String DECLINED_CARD = "4000000000000002";
    static final String PROVIDER_ERROR_CARD = "4000000000009995";

    static CardOutcome of(String number) {
        return switch (number) {
            case DECLINED_CARD -> DECLINED;
            case PROVIDER_ERROR_CARD -> PROVIDER_ERROR;
            default -> APPROVED;
        };
    }
}
