package io.interchange.platform.subscription;

import java.util.regex.Pattern;

/** A value with {@code *} standing for any run of characters (none included); everything else matches itself. */
public record Wildcard(Pattern pattern) {

    public static Wildcard of(String value) {
        StringBuilder regex = new StringBuilder();
        for (String literal : value.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return new Wildcard(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String candidate) {
        return candidate != null && pattern.matcher(candidate).matches();
    }
}
