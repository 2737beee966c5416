package io.interchange.platform.failure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts failures of one cause in one group, so that an operator sees "ERP answered 503" once
 * for 500 orders and can resubmit them together: the consumer, the message type and the
 * reason with its numbers and ids masked ({@code #}). HTTP statuses stay, so a 404 and a 503
 * of the same call are two groups.
 */
public final class FailureGroup {

    static final int MAX_LENGTH = 500;

    /** A word (colons inside it included, for times); one holding a digit is an id, a number, a count or a time. */
    private static final Pattern WORD = Pattern.compile("[\\w.+\\-]+(?::[\\w.+\\-]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** What precedes an HTTP status: "answered 503", "HTTP 429", "status=500", {@code "status":404}. */
    private static final Pattern STATUS_BEFORE = Pattern.compile("(?i)(answered|status|http)\"?\\s*[:=]?\\s*$");
    private static final Pattern HTTP_STATUS = Pattern.compile("[1-5]\\d\\d");

    private FailureGroup() {
    }

    public static String of(String consumer, String type, String reason) {
        String group = consumer + " | " + type + " | " + mask(reason == null ? "" : reason);
        return group.length() <= MAX_LENGTH ? group : group.substring(0, MAX_LENGTH);
    }

    static String mask(String reason) {
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
        return masked.toString().replaceAll("\\s+", " ").trim();
    }
}
