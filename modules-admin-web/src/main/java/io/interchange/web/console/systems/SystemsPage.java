package io.interchange.web.console.systems;

import io.interchange.platform.clients.Role;
import io.interchange.platform.operator.OperationRefusedException;
import io.interchange.platform.systems.StatusRequest;
import io.interchange.platform.systems.SystemView;
import io.interchange.platform.systems.SystemsOverview;
import io.interchange.web.console.PageMessages;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each system's status and backlog; operators change a status, with a reason when they take it offline. */
@Named
@RequestScoped
public class SystemsPage {

    @Inject
    SystemsOverview systems;

    @Inject
    ConsoleCaller caller;

    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private List<SystemView> all;

    public List<SystemView> getAll() {
        if (all == null) {
            all = systems.all();
        }
        return all;
    }

    /** What the operator typed as the reason, per system. */
    public Map<String, String> getReasons() {
        return reasons;
    }

    /** What is wrong with the reason typed for a system, shown next to it. */
    public Map<String, String> getProblems() {
        return problems;
    }

    public void takeOffline(String system) {
        change(system, "OFFLINE");
    }

    public void bringOnline(String system) {
        change(system, "ONLINE");
    }

    private void change(String system, String status) {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        try {
            Instant now = Instant.now();
            SystemView view = systems.change(system, StatusRequest.of(status, reasons.get(system), null, now),
                    caller.getName());
            PageMessages.info(view.system() + " is now " + view.state() + ".");
            reasons.remove(system);
            all = null;
        } catch (OperationRefusedException e) {
            if ("/reason".equals(e.pointer())) {
                problems.put(system, "enter why it goes offline");
            } else {
                PageMessages.refused(e);
            }
        }
    }

    /** How long the oldest parked message has waited, e.g. "3 min", or empty. */
    public String oldestAge(SystemView view) {
        if (view.oldestParkedAt() == null) {
            return "";
        }
        Duration age = Duration.between(view.oldestParkedAt(), Instant.now());
        return age.toMinutes() >= 1 ? age.toMinutes() + " min" : Math.max(0, age.toSeconds()) + " s";
    }
}
