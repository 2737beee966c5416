package io.interchange.platform.failure;

import io.interchange.platform.message.Envelope;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts failures of one cause in one group, so that an operator sees "ERP answered 503" once
 * for 500 orders, gets one alert for them and can resubmit them together: the consumer, the
 * message type and the reason's shape, every value in it masked ({@code #}): the message's own
 * ids and business key, quoted strings, URL paths, email addresses, JSON values, and every word
 * holding a digit. HTTP statuses and JSON keys stay, so a 404 and a 503 of the same call are two
 * groups.
 */
public final class FailureGroup {

    static final int MAX_LENGTH = 500;

    /** A word (colons inside it included, for times); one holding a digit is an id, a number, a count or a time. */
    private static final Pattern WORD = Pattern.compile("[\\w.+\\-]+(?::[\\w.+\\-]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** What precedes an HTTP status: "answered 503", "HTTP 429", "status=500", {@code "status":404}. */
    private static final Pattern STATUS_BEFORE = Pattern.compile("(?i)(answered|status|http)\"?\\s*[:=]?\\s*$");
    private static final Pattern HTTP_STATUS = Pattern.compile("[1-5]\\d\\d");
    /** A double-quoted string (one cut off by an abbreviated body included); followed by a colon it is a JSON key. */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)(\\s*:)?");
    /** Single or typographic quotes; an apostrophe inside a word ("shop's") opens nothing. */
    private static final Pattern OTHER_QUOTED = Pattern.compile("(?<!\\w)'[^\\n]*?'(?=[\\s:,.;)\\]]|$)|“[^”]*”|‘[^’]*’|«[^»]*»");
    private static final Pattern URL = Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9+.\\-]*://[^/\\s\"'<>]+)(/[^\\s\"'<>]*)?");
    /** A path of two or more segments: the first (the resource's kind) stays. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w:/.#])(/[A-Za-z][\\w.\\-]*)(?:/[^\\s\"'<>]*)+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
    private static final Pattern JSON_LITERAL = Pattern.compile("(\"\\s*:\\s*)(?:true|false|null)\\b");
    /** Lists of masked values of any length are one shape. */
    private static final Pattern MASKED_LIST = Pattern.compile("[\"']?#[\"']?(?:\\s*,\\s*[\"']?#[\"']?)+");
    private static final Pattern MASKED_ARRAY = Pattern.compile("\\[\\s*[\"']?#[\"']?\\s*]");

    private FailureGroup() {
    }

    public static String of(String consumer, String type, String reason) {
        return bounded(consumer + " | " + type + " | " + mask(reason == null ? "" : reason));
    }

    /** The group of a message's failure: its own ids and business key are masked wherever the reason quotes them. */
    public static String of(String consumer, Envelope message, String reason) {
        String plain = reason == null ? "" : reason;
        for (String value : Stream.of(message.id(), message.correlationId(), message.causationId())
                .filter(v -> v != null && v.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            plain = plain.replaceAll("(?<![\\w\\-])" + Pattern.quote(value) + "(?![\\w\\-])", "#");
        }
        return of(consumer, message.type(), plain);
    }

    private static String bounded(String group) {
        return group.length() <= MAX_LENGTH ? group : group.substring(0, MAX_LENGTH);
    }

    static String mask(String reason) {
        String masked = URL.matcher(reason).replaceAll(url -> Matcher.quoteReplacement(url.group(1)
                + (url.group(2) == null || url.group(2).equals("/") ? "" : "/#")));
        masked = EMAIL.matcher(masked).replaceAll("#");
        masked = DOUBLE_QUOTED.matcher(masked).replaceAll(quoted -> Matcher.quoteReplacement(
                quoted.group(1) != null ? quoted.group() : "\"#\""));
        masked = OTHER_QUOTED.matcher(masked).replaceAll(quoted -> Matcher.quoteReplacement(
                quoted.group().charAt(0) + "#" + quoted.group().charAt(quoted.group().length() - 1)));
        masked = PATH.matcher(masked).replaceAll(path -> Matcher.quoteReplacement(path.group(1) + "/#"));
        masked = JSON_LITERAL.matcher(masked).replaceAll("$1#");
        masked = maskDigitWords(masked);
        masked = MASKED_LIST.matcher(masked).replaceAll("#");
        masked = MASKED_ARRAY.matcher(masked).replaceAll("[#]");
        return masked.replaceAll("\\s+", " ").trim();
    }

    private static String maskDigitWords(String reason) {
        Matcher word = WORD.matcher(reason);
        StringBuilder masked = new StringBuilder();
        int end = 0;
        while (word.find()) {
            if (!DIGIT.matcher(word.group()).find()) {
                continue;
            }
            masked.append(reason, end, word.start());
            boolean httpStatus = HTTP_STATUS.matcher(word.group()).matches()
                    && STATUS_BEFORE.matcher(reason.substring(Math.max(0, word.start() - 12), word.start())).find();
            masked.append(httpStatus ? word.group() : "#");
            end = word.end();
        }
        masked.append(reason.substring(end));
        return masked.toString();
    }
}
