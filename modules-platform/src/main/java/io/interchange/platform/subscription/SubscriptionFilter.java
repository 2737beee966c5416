package io.interchange.platform.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.catalog.Subscription;
import io.interchange.platform.mapping.MappingFailure;

/** Whether a message (in its standard JSON form) passes a subscription's filter. */
public final class SubscriptionFilter {

    private SubscriptionFilter() {
    }

    /**
     * @param message the standard message ({@code StandardMessage.of})
     * @throws MappingFailure when the data expression fails on this message (the caller decides what a failed
     *                        filter means; it is never silently "no match")
     */
    public static boolean matches(Subscription.Filter filter, JsonNode message) {
        return attribute(filter.type(), message, "type")
                && attribute(filter.source(), message, "source")
                && attribute(filter.subject(), message, "subject")
                && filter.extensions().entrySet().stream()
                        .allMatch(extension -> attribute(extension.getValue(), message, extension.getKey()))
                && (filter.data() == null || filter.data().test(message));
    }

    private static boolean attribute(String wanted, JsonNode message, String name) {
        if (wanted == null) {
            return true;
        }
        JsonNode value = message.get(name);
        return value != null && value.isValueNode() && !value.isNull() && Wildcard.of(wanted).matches(value.asText());
    }
}
