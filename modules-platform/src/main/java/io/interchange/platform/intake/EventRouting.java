package io.interchange.platform.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Which queue an event type goes to ({@code interchange.route.<type>=<queue>}) and which field
 * of its data is its business key ({@code interchange.business-key.<type>=<field>}, with its
 * format in {@code interchange.business-key.<type>.pattern}). Adding a system's event types is
 * configuration, not code.
 */
@ApplicationScoped
public class EventRouting {

    @Inject
    Config config;

    public Optional<String> queueFor(String type) {
        return config.getOptionalValue("interchange.route." + type, String.class);
    }

    public Optional<BusinessKeyRule> businessKey(String type) {
        String name = "interchange.business-key." + type;
        return config.getOptionalValue(name, String.class)
                .map(field -> new BusinessKeyRule(type, field, config.getOptionalValue(name + ".pattern", String.class)
                        .map(Pattern::compile).orElse(null)));
    }
}
