package io.interchange.registration.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a payment card number typed where it does not belong (a name, a street): 13 to 19
 * digits, possibly in groups separated by a space or a dash, that pass the Luhn check.
 * <p>
 * A run of digit groups is tried at every group boundary, so a card number after a house
 * number ("Main St 12 4111 1111 1111 1111") is found too. A run after a {@code +} or starting
 * with {@code 0} is a phone number: no card number starts with 0.
 */
public final class CardNumbers {

    private static final Pattern GROUPS = Pattern.compile("\\+?\\d+(?:[ \\-]\\d+)*");
    private static final int SHORTEST = 13;
    private static final int LONGEST = 19;

    private CardNumbers() {
    }

    public static boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher run = GROUPS.matcher(text);
        while (run.find()) {
            if (!run.group().startsWith("+") && holdsCardNumber(run.group().split("[ \\-]"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsCardNumber(String[] groups) {
        for (int first = 0; first < groups.length; first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.length && digits.length() <= LONGEST; last++) {
                digits.append(groups[last]);
                if (digits.length() >= SHORTEST && digits.length() <= LONGEST && digits.charAt(0) != '0'
                        && luhnValid(digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean luhnValid(CharSequence digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
