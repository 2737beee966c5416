package io.interchange.web.api;

import java.util.regex.Pattern;

/**
 * Text fit to leave the server: whatever reaches a caller (a problem's detail, a hop's detail, a
 * failed message's reason) is said without Java class names, and a database error without its SQL
 * text, table or constraint names. The full text stays in the server's log and database. One
 * exception: what a connected system's own database answered a delivery (it reads
 * {@code … failed: SQL state 23506: …}) is that system's answer, kept for the operator to fix the
 * message, like an HTTP system's answer; only class names and stack frames leave it.
 */
public final class PublicText {

    static final String DATABASE_ERROR = "a database error (the details are in the server log)";

    /** {@code com.fasterxml.jackson.core.JsonParseException}, {@code class java.lang.String}, inner classes too. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:\\b(?:class|interface|enum|record)\\s+)?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][\\w$]*(?:\\.[A-Z][\\w$]*)*");
    /** What only a JDBC driver or a database says. */
    private static final Pattern SQL = Pattern.compile("(?i)SQL statement|SQLException|JdbcSQL|\\bconstraint\\b"
            + "|unique index|primary key violation|\\b(?:insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set"
            + "|alter\\s+table)\\b|\\bPUBLIC\\.\\w");
    /** A connected system's database answering a delivery or a poll ({@code io.interchange.platform.database.SqlFailures}). */
    private static final Pattern CONNECTED_DATABASE = Pattern.compile(" failed: SQL state [0-9A-Z]{5}: ");
    /** A stack frame. */
    private static final Pattern FRAME = Pattern.compile("\\s*\\bat\\s+[\\w$.]+\\([^)]*\\)");

    private PublicText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (SQL.matcher(text).find() && !CONNECTED_DATABASE.matcher(text).find()) {
            return DATABASE_ERROR;
        }
        String plain = FRAME.matcher(text).replaceAll("");
        plain = CLASS_NAME.matcher(plain).replaceAll("(internal)");
        return plain;
    }
}
