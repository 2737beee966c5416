package io.interchange.platform.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.catalog.Poll;
import io.interchange.platform.mapping.MappingFailure;
import io.interchange.platform.message.Envelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One polled row as the event it stands for. Its id comes from the row (its key), never from the
 * time it was read, so a row read twice is the same event twice and the intake keeps one.
 */
final class RowEvents {

    private RowEvents() {
    }

    /**
     * The events of one batch of rows.
     *
     * @throws MappingFailure a mapping that fails, an id that is empty, or two rows given one id (an
     *                        id mapping that does not read the row's key would make every row after
     *                        the first look like a duplicate, and lose it)
     */
    static List<Envelope> of(Poll poll, List<ObjectNode> rows, Instant now) {
        List<Envelope> events = new ArrayList<>();
        Map<String, ObjectNode> byId = new HashMap<>();
        for (ObjectNode row : rows) {
            Envelope event = of(poll, row, now);
            ObjectNode before = byId.putIfAbsent(event.id(), row);
            if (before != null) {
                throw new MappingFailure(poll.event().id().name(), "gives the id " + event.id() + " to two rows, "
                        + before + " and " + row + ": it must give each row its own (its key)", null);
            }
            events.add(event);
        }
        return events;
    }

    /** @throws MappingFailure a mapping that fails, or an id that is empty */
    static Envelope of(Poll poll, ObjectNode row, Instant now) {
        Poll.Event event = poll.event();
        JsonNode id = event.id().evaluate(row);
        if (!id.isValueNode() || id.asText().isBlank()) {
            throw new MappingFailure(event.id().name(), "gives no id for the row " + row, null);
        }
        String subject = null;
        if (event.subject() != null) {
            JsonNode value = event.subject().evaluate(row);
            subject = value.isValueNode() && !value.isNull() ? value.asText() : null;
        }
        JsonNode data = event.data().evaluate(row);
        if (data.isMissingNode()) {
            throw new MappingFailure(event.data().name(), "gives no data for the row " + row, null);
        }
        return Envelope.original(id.asText(), event.source(), event.type(), subject, now, CanonicalJson.write(data),
                null);
    }
}
