package io.interchange.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void aLuhnValidCardNumberIsFoundWithOrWithoutSeparators() {
        assertThat(CardNumbers.foundIn("4111111111111111")).isTrue();
        assertThat(CardNumbers.foundIn("4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.foundIn("5555-5555-5555-4444")).isTrue();
        assertThat(CardNumbers.foundIn("3782 822463 10005")).as("Amex, 15 digits").isTrue();
        assertThat(CardNumbers.foundIn("4222222222222")).as("13 digits").isTrue();
    }

    @Test
    void aCardNumberInsideOtherTextIsFound() {
        assertThat(CardNumbers.foundIn("Smith 4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.foundIn("Main Street 12 4111-1111-1111-1111, back door")).isTrue();
        assertThat(CardNumbers.foundIn("card:5555555555554444!")).isTrue();
    }

    @Test
    void digitsThatFailTheLuhnCheckAreNotACardNumber() {
        assertThat(CardNumbers.foundIn("4111111111111112")).isFalse();
        assertThat(CardNumbers.foundIn("4111 1111 1111 1112")).isFalse();
    }

    @Test
    void shortNumbersPhoneNumbersAndAddressesAreNotCardNumbers() {
        assertThat(CardNumbers.foundIn("4111 1111 1111")).as("12 digits").isFalse();
        assertThat(CardNumbers.foundIn("411111111111")).as("12 digits").isFalse();
        assertThat(CardNumbers.foundIn("+49 170 1234 5678")).as("international phone").isFalse();
        assertThat(CardNumbers.foundIn("+1 415 555 0132 1234")).as("international phone").isFalse();
        assertThat(CardNumbers.foundIn("0170 1234 5678 9")).as("national phone").isFalse();
        assertThat(CardNumbers.foundIn("Hauptstraße 12, 10115 Berlin")).isFalse();
        assertThat(CardNumbers.foundIn("Ada Lovelace")).isFalse();
        assertThat(CardNumbers.foundIn(null)).isFalse();
        assertThat(CardNumbers.foundIn("")).isFalse();
    }

    @Test
    void everyFreeTextFieldOfTheFormRefusesACardNumber() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> part : List.of(RegistrationForm.Attendee.class, RegistrationForm.Billing.class, CardDetails.class)) {
            for (Field field : part.getDeclaredFields()) {
                boolean freeText = field.getType() == String.class && !List.of("country", "number", "expiry",
                        "securityCode").contains(field.getName());
                if (freeText && !field.isAnnotationPresent(NoCardNumber.class)) {
                    unguarded.add(part.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(unguarded).isEmpty();
        assertThat(new NoCardNumber.Check().isValid("Ada 4111 1111 1111 1111", null)).isFalse();
        assertThat(new NoCardNumber.Check().isValid("Ada Lovelace", null)).isTrue();
    }
}
