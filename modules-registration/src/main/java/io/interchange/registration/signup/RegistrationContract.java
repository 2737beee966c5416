package io.interchange.registration.signup;

import io.interchange.platform.contract.MessageContract;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The registration on the bus: its activities come back to its own queue; their payloads have no schema yet. */
public final class RegistrationContract implements MessageContract {

    public static final String QUEUE = "RegistrationActivities";

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public Set<String> consumes() {
        return Arrays.stream(Activity.values()).map(Activity::messageType).collect(Collectors.toSet());
    }

    @Override
    public Set<String> owns() {
        return Set.of();
    }
}
