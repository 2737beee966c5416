package io.interchange.platform.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Which queue a message type goes to: the queue of the context whose contract takes the type,
 * unless {@code interchange.route.<type>} says otherwise. Publishers name the type, never a queue.
 */
@ApplicationScoped
public class Routes {

    @Inject
    Config config;

    @Inject
    MessageContracts contracts;

    public Optional<String> queueFor(String type) {
        return config.getOptionalValue("interchange.route." + type, String.class)
                .or(() -> contracts.routes(type).queueFor(type));
    }

    public Set<String> queues() {
        return contracts.queues();
    }
}
