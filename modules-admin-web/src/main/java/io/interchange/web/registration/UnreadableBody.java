package io.interchange.web.registration;

import io.interchange.web.api.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A registration body that JSON-B could not read, as a problem in the caller's terms. */
final class UnreadableBody {

    /** How the JSON-B implementation names the property it could not read: {@code property 'attendee'}. */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z]\\w{0,40})'");

    private UnreadableBody() {
    }

    /**
     * Where the body is wrong, in the caller's terms: the parser's own message names Java classes
     * and may quote the input (a card number among it), so none of it is passed on.
     */
    static Problem of(JsonbException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                return Problem.badRequest("the body is not valid JSON (line " + parsing.getLocation().getLineNumber()
                        + ", column " + parsing.getLocation().getColumnNumber() + ")").field("", "not valid JSON");
            }
        }
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(e.getMessage() == null ? "" : e.getMessage());
        while (property.find()) {
            path.add(property.group(1));
        }
        if (path.isEmpty()) {
            return Problem.badRequest("the body is not a registration object").field("", "not a registration");
        }
        String pointer = "/" + String.join("/", path);
        return Problem.badRequest("the body is not a registration: " + pointer + " has the wrong type")
                .field(pointer, "wrong type");
    }
}
