package io.interchange.simulators.erp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The part of OData {@code $filter} the simulated ERP understands: {@code property eq 'text'},
 * several joined by {@code and} (a quote inside the text is doubled: {@code 'O''Brien'}). That
 * covers how a connector finds a sales order by {@code externalDocumentNumber}.
 */
public final class ODataFilter {

    /** One {@code property eq 'value'} comparison. */
    public record Condition(String property, String value) {
    }

    private static final ODataFilter NONE = new ODataFilter(List.of());

    private final List<Condition> conditions;

    private ODataFilter(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** A filter that lets everything through (no {@code $filter} given). */
    public static ODataFilter none() {
        return NONE;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong or not supported
     */
    public static ODataFilter parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return NONE;
        }
        return new Parser(expression).parse();
    }

    public List<Condition> conditions() {
        return conditions;
    }

    /** Whether every condition holds; {@code property} gives an object's value of a property. */
    public boolean matches(Function<String, String> property) {
        return conditions.stream().allMatch(c -> c.value().equals(property.apply(c.property())));
    }

    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        ODataFilter parse() {
            List<Condition> conditions = new ArrayList<>();
            do {
                skipSpaces();
                String property = identifier();
                requireSpaces();
                keyword("eq");
                requireSpaces();
                conditions.add(new Condition(property, quoted()));
                skipSpaces();
            } while (at < text.length() && andFollows());
            if (at < text.length()) {
                fail("unexpected '" + text.substring(at) + "'");
            }
            return new ODataFilter(conditions);
        }

        private boolean andFollows() {
            keyword("and");
            requireSpaces();
            return true;
        }

        private String identifier() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at || !Character.isLetter(text.charAt(start))) {
                fail("expected a property name");
            }
            return text.substring(start, at);
        }

        private void keyword(String word) {
            if (!text.startsWith(word, at)) {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                fail("expected '" + word + "' but found '" + text.substring(at, end)
                        + "'; only 'property eq ''text''' joined by 'and' is supported");
            }
            at += word.length();
        }

        private String quoted() {
            if (at >= text.length() || text.charAt(at) != '\'') {
                fail("expected a quoted string like 'EU-1001'");
            }
            at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c != '\'') {
                    value.append(c);
                } else if (at < text.length() && text.charAt(at) == '\'') {
                    value.append('\'');
                    at++;
                } else {
                    return value.toString();
                }
            }
            fail("the string is not closed");
            return null;
        }

        private void requireSpaces() {
            if (at >= text.length() || !Character.isWhitespace(text.charAt(at))) {
                fail("expected a space");
            }
            skipSpaces();
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private void fail(String problem) {
            throw new IllegalArgumentException("Invalid $filter at position " + at + ": " + problem + " (in: "
                    + text + ")");
        }
    }
}
