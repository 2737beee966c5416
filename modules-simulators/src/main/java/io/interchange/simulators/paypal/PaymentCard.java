package io.interchange.simulators.paypal;

/**
 * What the simulator keeps of a card: the last four digits and the brand, and what it does with
 * the card. Never the number, the expiry or the security code.
 */
public record PaymentCard(String lastDigits, String brand, CardOutcome outcome) {

    /** @param number a card number already checked to be 13 to 19 digits with a valid check digit */
    static PaymentCard of(String number) {
        return new PaymentCard(number.substring(number.length() - 4), brand(number), CardOutcome.of(number));
    }

    /** The Luhn check every card number passes. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** PayPal's {@code brand} for the number's issuer prefix. */
    static String brand(String number) {
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if (number.startsWith("4")) {
            return "VISA";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        if (two == 34 || two == 37) {
            return "AMEX";
        }
        if (number.startsWith("6011") || two == 65) {
            return "DISCOVER";
        }
        return "UNKNOWN";
    }
}
