package io.interchange.platform.catalog;

import java.util.List;
import java.util.Optional;

/** One connected system as its catalog file describes it. */
public record SystemDescription(
        String system,
        String name,
        String description,
        Owner owner,
        Connection connection,
        DeliveryPolicy delivery,
        Inbound inbound,
        List<Operation> operations,
        List<Subscription> subscriptions) {

    public SystemDescription {
        operations = List.copyOf(operations);
        subscriptions = List.copyOf(subscriptions);
    }

    public Optional<Operation> operation(String operationName) {
        return operations.stream().filter(operation -> operation.name().equals(operationName)).findFirst();
    }

    public record Owner(String team, String email) {
    }
}
