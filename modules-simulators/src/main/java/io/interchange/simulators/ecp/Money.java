package io.interchange.simulators.ecp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** An amount with two decimals, written as a JSON string ("129.90"), never a binary float. */
public record Money(BigDecimal amount) {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final Pattern WIRE_FORMAT = Pattern.compile("\\d+\\.\\d{2}");

    public Money {
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** Whether a string is an amount as the contract writes it: digits, a dot, two decimals. */
    public static boolean isWireFormat(String amount) {
        return amount != null && WIRE_FORMAT.matcher(amount).matches();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** This amount times a rate, rounded half-up to cents (how the shop computes tax). */
    public Money times(BigDecimal rate) {
        return new Money(amount.multiply(rate));
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
