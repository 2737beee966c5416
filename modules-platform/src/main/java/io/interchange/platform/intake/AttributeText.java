package io.interchange.platform.intake;

/**
 * What a CloudEvent attribute or a business key may hold, because it becomes a JMS property
 * (OpenMQ refuses NUL there, and only after the 202), a column of 255 characters and a log
 * line: no control characters (U+0000–U+001F, U+007F), no lone surrogates, at most 255
 * characters.
 */
public final class AttributeText {

    public static final int MAX_LENGTH = 255;

    private AttributeText() {
    }

    /** @throws InvalidEventException naming {@code pointer} when the value may not be carried */
    public static void check(String pointer, String value) {
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidEventException(pointer, name + " is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidEventException(pointer, name + " holds the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
        }
        int surrogate = loneSurrogateAt(value);
        if (surrogate >= 0) {
            throw new InvalidEventException(pointer, name + " holds a lone surrogate at position " + surrogate);
        }
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int loneSurrogateAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
