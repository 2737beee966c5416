package io.interchange.platform.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL with {@code :name} parameters, as catalog files write it, made into JDBC's {@code ?} form.
 * Text inside quotes ('…', "…") and comments is left alone, and so is PostgreSQL's {@code ::} cast,
 * so a colon there is never taken for a parameter.
 */
public final class NamedParameters {

    private final String jdbc;
    private final List<String> names;

    private NamedParameters(String jdbc, List<String> names) {
        this.jdbc = jdbc;
        this.names = List.copyOf(names);
    }

    public static NamedParameters parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = closing(sql, i + 1, c);
            } else if (c == '-' && sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i) < 0 ? sql.length() : sql.indexOf('\n', i);
            } else if (c == '/' && sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2) < 0 ? sql.length() : sql.indexOf("*/", i + 2) + 2;
            } else if (c == ':' && sql.startsWith("::", i)) {
                end = i + 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                end = i + 2;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        return new NamedParameters(out.toString(), names);
    }

    /** The parameters' names in the order JDBC binds them; a name used twice is there twice. */
    public static List<String> in(String sql) {
        return parse(sql).names;
    }

    /** Past the quote that closes one opened before {@code from}; a doubled quote is an escaped one. */
    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    public String jdbc() {
        return jdbc;
    }

    public List<String> names() {
        return names;
    }
}
