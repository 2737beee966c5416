package io.interchange.platform.contract;

import java.util.Map;
import java.util.Set;

/**
 * A context's part of the bus, declared in its jar's
 * {@code META-INF/services/io.interchange.platform.contract.MessageContract}.
 */
public interface MessageContract {

    /** The queue (OpenMQ physical name) the context takes its messages off. */
    String queue();

    /**
     * The context's subscriptions: the message types that go to {@link #queue()}, {@code *}
     * standing for any run of characters as in a catalog subscription's type. Several contexts (and
     * catalog systems) may take the same type; each gets its own copy.
     */
    Set<String> consumes();

    /**
     * The message types whose shape this context owns: each has a JSON Schema in the resource
     * {@code schemas/<type>.json} next to the contract's class.
     */
    Set<String> owns();

    /** The business key of each type the intake takes from outside and this context owns. */
    default Map<String, BusinessKey> businessKeys() {
        return Map.of();
    }
}
