package io.interchange.platform.intake;

import io.interchange.platform.contract.BusinessKey;
import io.interchange.platform.contract.MessageContracts;
import io.interchange.platform.contract.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Which contexts' queues an event type goes to ({@link Routes}: the contracts of the contexts, or
 * {@code interchange.route.<type>=<queue>}) and which field of its data is its business key
 * (the owning contract's {@link BusinessKey}, or {@code interchange.business-key.<type>=<field>},
 * with its format in {@code interchange.business-key.<type>.pattern}).
 */
@ApplicationScoped
public class EventRouting {

    @Inject
    Config config;

    @Inject
    Routes routes;

    @Inject
    MessageContracts contracts;

    public List<String> queuesFor(String type) {
        return routes.queuesFor(type);
    }

    /** The contract's business key of the type; configuration overrides its field or its pattern. */
    public Optional<BusinessKeyRule> businessKey(String type) {
        String name = "interchange.business-key." + type;
        Optional<BusinessKey> declared = contracts.businessKey(type);
        Optional<String> pattern = config.getOptionalValue(name + ".pattern", String.class)
                .or(() -> declared.map(BusinessKey::pattern));
        return config.getOptionalValue(name, String.class)
                .or(() -> declared.map(BusinessKey::field))
                .map(field -> new BusinessKeyRule(type, field, pattern.map(Pattern::compile).orElse(null)));
    }
}
