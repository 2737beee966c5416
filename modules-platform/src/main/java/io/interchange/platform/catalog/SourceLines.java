package io.interchange.platform.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each field of a YAML or JSON document starts on, by JSON Pointer, so that a refusal can
 * name the line of the field at fault. A field that is not in the file (a missing required one)
 * is reported at the line of the nearest object that is.
 */
final class SourceLines {

    private final Map<String, Integer> lines = new HashMap<>();

    private SourceLines() {
    }

    static SourceLines of(String text, JsonFactory format) throws IOException {
        SourceLines found = new SourceLines();
        try (JsonParser parser = format.createParser(text)) {
            Deque<Object> path = new ArrayDeque<>();
            Deque<Integer> nextIndex = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int line = parser.currentTokenLocation().getLineNr();
                switch (token) {
                    case FIELD_NAME -> {
                        path.push(parser.currentName());
                        found.lines.putIfAbsent(pointer(path), line);
                        continue;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        claimArrayItem(path, nextIndex);
                        found.lines.putIfAbsent(pointer(path), line);
                        nextIndex.push(token == JsonToken.START_ARRAY ? 0 : -1);
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        nextIndex.pop();
                        leaveValue(path, nextIndex);
                        continue;
                    }
                    default -> {
                        claimArrayItem(path, nextIndex);
                        found.lines.putIfAbsent(pointer(path), line);
                        leaveValue(path, nextIndex);
                    }
                }
            }
        }
        return found;
    }

    /** Inside an array, each value gets the next index as its path segment. */
    private static void claimArrayItem(Deque<Object> path, Deque<Integer> nextIndex) {
        if (!nextIndex.isEmpty() && nextIndex.peek() >= 0) {
            int index = nextIndex.pop();
            nextIndex.push(index + 1);
            path.push(index);
        }
    }

    /** A value ends: its segment (field name or index) leaves the path. */
    private static void leaveValue(Deque<Object> path, Deque<Integer> nextIndex) {
        if (!path.isEmpty()) {
            path.pop();
        }
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder pointer = new StringBuilder();
        path.descendingIterator().forEachRemaining(segment -> pointer.append('/')
                .append(segment.toString().replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    /** The line of the field, or of its nearest ancestor in the file; 1 for the root. */
    int lineOf(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lines.getOrDefault("", 1);
    }
}
