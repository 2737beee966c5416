package io.interchange.platform.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One connected system as its catalog file describes it.
 *
 * @param database null for a system reached over HTTP; else how to reach its database (its
 *                 {@code connection} then has no base URL)
 */
public record SystemDescription(
        String system,
        String name,
        String description,
        Owner owner,
        Connection connection,
        Database database,
        DeliveryPolicy delivery,
        Inbound inbound,
        List<Operation> operations,
        List<Subscription> subscriptions) {

    public SystemDescription {
        operations = List.copyOf(operations);
        subscriptions = List.copyOf(subscriptions);
    }

    public boolean throughDatabase() {
        return database != null;
    }

    public Optional<Operation> operation(String operationName) {
        return operations.stream().filter(operation -> operation.name().equals(operationName)).findFirst();
    }

    public record Owner(String team, String email) {
    }
}
