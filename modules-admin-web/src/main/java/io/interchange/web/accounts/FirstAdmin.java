package io.interchange.web.accounts;

import io.interchange.platform.clients.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At the first start, while there is no account, creates the first admin from the configuration
 * ({@code interchange.console.admin.user}, {@code INTERCHANGE_CONSOLE_ADMIN_PASSWORD}); later
 * starts leave the accounts alone, so changing the setting never resets anyone's password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "interchange.console.admin.user", defaultValue = "admin")
    String name;

    @Inject
    @ConfigProperty(name = "interchange.console.admin.password")
    Optional<String> password;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!accounts.none()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("The console has no user yet: set INTERCHANGE_CONSOLE_ADMIN_PASSWORD and restart to create "
                    + "the first admin");
            return;
        }
        try {
            accounts.add(name, password.get(), Role.ADMIN, "configuration");
            LOG.info("Created the console's first admin, " + AccountRules.normalName(name));
        } catch (AccountRefused e) {
            LOG.warning("The console's first admin was not created: its " + e.field() + " is not accepted ("
                    + e.getMessage() + ")");
        }
    }
}
