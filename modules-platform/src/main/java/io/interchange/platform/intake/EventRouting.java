package io.interchange.platform.intake;

import io.interchange.platform.contract.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Which queue an event type goes to ({@link Routes}: the contracts of the contexts, or
 * {@code interchange.route.<type>=<queue>}) and which field of its data is its business key
 * ({@code interchange.business-key.<type>=<field>}, with its format in
 * {@code interchange.business-key.<type>.pattern}).
 */
@ApplicationScoped
public class EventRouting {

    @Inject
    Config config;

    @Inject
    Routes routes;

    public Optional<String> queueFor(String type) {
        return routes.queueFor(type);
    }

    public Optional<BusinessKeyRule> businessKey(String type) {
        String name = "interchange.business-key." + type;
        return config.getOptionalValue(name, String.class)
                .map(field -> new BusinessKeyRule(type, field, config.getOptionalValue(name + ".pattern", String.class)
                        .map(Pattern::compile).orElse(null)));
    }
}
