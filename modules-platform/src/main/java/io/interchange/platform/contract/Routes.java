package io.interchange.platform.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Which contexts' queues a message type goes to: the queue of every context whose contract takes
 * the type, unless {@code interchange.route.<type>=<queue>} names the one queue instead.
 * Publishers name the type, never a queue.
 */
@ApplicationScoped
public class Routes {

    @Inject
    Config config;

    @Inject
    MessageContracts contracts;

    public List<String> queuesFor(String type) {
        Optional<String> configured = config.getOptionalValue("interchange.route." + type, String.class);
        return configured.map(List::of).orElseGet(() -> contracts.routes(type).queuesFor(type));
    }

    public Set<String> queues() {
        return contracts.queues();
    }
}
