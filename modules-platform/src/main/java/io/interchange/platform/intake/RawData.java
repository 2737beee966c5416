package io.interchange.platform.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} member of each event exactly as the sender wrote it, cut out of the body by
 * the parser's byte offsets: re-serialising a parsed tree would rewrite numbers
 * ({@code 19.999999999999999999} as {@code 20.0}, {@code 1e999999} as {@code Infinity}).
 * Runs only on a body the strict reader has accepted.
 */
final class RawData {

    private static final JsonFactory JSON = new JsonFactory();

    private RawData() {
    }

    /**
     * @return one entry per event (the root object, or each element of the root array):
     *         the raw text of its data, or null when it has none
     */
    static List<String> of(byte[] body) {
        List<String> data = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken root = parser.nextToken();
            if (root == JsonToken.START_OBJECT) {
                data.add(dataOf(parser, body));
            } else if (root == JsonToken.START_ARRAY) {
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    if (element == JsonToken.START_OBJECT) {
                        data.add(dataOf(parser, body));
                    } else {
                        parser.skipChildren();
                        data.add(null);
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidEventException("", "the body could not be read: " + e.getMessage());
        }
        return data;
    }

    /** Reads the members of the object the parser is at, up to its end. */
    private static String dataOf(JsonParser parser, byte[] body) throws IOException {
        String data = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("data".equals(name)) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                parser.finishToken();
                int end = (int) parser.currentLocation().getByteOffset();
                data = new String(body, start, end - start, StandardCharsets.UTF_8);
            } else {
                parser.skipChildren();
            }
        }
        return data;
    }
}
