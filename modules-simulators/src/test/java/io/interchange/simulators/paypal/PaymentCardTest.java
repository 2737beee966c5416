package io.interchange.simulators.paypal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentCardTest {

    @Test
    void the_test_cards_of_the_contract() {
        assertThat(PaymentCard.of("4111111111111111")).isEqualTo(new PaymentCard("1111", "VISA", CardOutcome.APPROVED));
        assertThat(PaymentCard.of("4000000000000002").outcome()).isEqualTo(CardOutcome.DECLINED);
        assertThat(PaymentCard.of("4000000000009995").outcome()).isEqualTo(CardOutcome.PROVIDER_ERROR);
    }

    @Test
    void the_test_cards_pass_the_luhn_check_and_typos_do_not() {
        assertThat(PaymentCard.luhnValid("4111111111111111")).isTrue();
        assertThat(PaymentCard.luhnValid("4000000000000002")).isTrue();
        assertThat(PaymentCard.luhnValid("4000000000009995")).isTrue();
        assertThat(PaymentCard.luhnValid("4111111111111112")).isFalse();
    }

    @Test
    void brands_by_issuer_prefix() {
        assertThat(PaymentCard.brand("5555555555554444")).isEqualTo("MASTERCARD");
        assertThat(PaymentCard.brand("2221000000000009")).isEqualTo("MASTERCARD");
        assertThat(PaymentCard.brand("378282246310005")).isEqualTo("AMEX");
        assertThat(PaymentCard.brand("6011111111111117")).isEqualTo("DISCOVER");
        assertThat(PaymentCard.brand("3530111333300000")).isEqualTo("UNKNOWN");
    }
}
