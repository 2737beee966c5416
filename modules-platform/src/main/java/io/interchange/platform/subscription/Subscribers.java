package io.interchange.platform.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.catalog.Subscription;
import io.interchange.platform.mapping.MappingFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Every subscription of the given systems that a message matches: one message, as many deliveries. */
public final class Subscribers {

    /** A matching subscription, or one whose data filter failed on this message (then {@code failure} is set). */
    public record Match(SystemDescription system, Subscription subscription, MappingFailure failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private Subscribers() {
    }

    public static List<Match> of(JsonNode message, Collection<SystemDescription> systems) {
        List<Match> matches = new ArrayList<>();
        for (SystemDescription system : systems) {
            for (Subscription subscription : system.subscriptions()) {
                try {
                    if (SubscriptionFilter.matches(subscription.filter(), message)) {
                        matches.add(new Match(system, subscription, null));
                    }
                } catch (MappingFailure e) {
                    matches.add(new Match(system, subscription, e));
                }
            }
        }
        return matches;
    }
}
