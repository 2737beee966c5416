package io.interchange.web.console.systems;

import io.interchange.platform.catalog.Catalog;
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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each system's status, backlog and what its catalog file says; operators change a status, with a
 * reason when they take it offline, or set a maintenance window (its messages park without spending
 * retries, no backlog alert) that starts now or later and ends by itself.
 */
@Named
@RequestScoped
public class SystemsPage {

    @Inject
    SystemsOverview systems;

    @Inject
    ConsoleCaller caller;

    @Inject
    Catalog catalog;

    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final MaintenanceForm maintenance = MaintenanceForm.startingAt(Instant.now());
    private List<SystemView> all;
    private Map<String, CatalogFacts> described;

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

    /** What the system's catalog file says, or null for a system configured in the platform's settings. */
    public CatalogFacts catalogFacts(String system) {
        if (described == null) {
            described = catalog.active().stream().collect(Collectors.toMap(entry -> entry.system().system(),
                    CatalogFacts::of, (first, second) -> first));
        }
        return described.get(system);
    }

    public MaintenanceForm getMaintenance() {
        return maintenance;
    }

    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    /**
     * Sets MAINTENANCE from the form's start (now, or later: scheduled) until its end; each problem is
     * shown next to its field and nothing changes.
     */
    public void scheduleMaintenance() {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        Instant now = Instant.now();
        Map<String, String> wrong = maintenance.problems(now);
        if (!wrong.isEmpty()) {
            wrong.forEach((field, text) -> PageMessages.error("maintenance:" + field, text));
            return;
        }
        try {
            SystemView view = systems.change(maintenance.getSystem().trim(), StatusRequest.of("MAINTENANCE",
                    maintenance.getReason().trim(), maintenance.from(), maintenance.until(), now), caller.getName());
            if (view.maintenanceScheduledAt(Instant.now())) {
                PageMessages.info(view.system() + ": maintenance scheduled from " + view.from() + " to " + view.until()
                        + " (UTC); it delivers until then, its messages wait parked during the window and drain"
                        + " when it ends.");
            } else {
                PageMessages.info(view.system() + " is in maintenance until " + view.until()
                        + " (UTC); its messages wait parked and drain when the window ends.");
            }
            all = null;
        } catch (OperationRefusedException e) {
            PageMessages.refused(e);
        }
    }

    public void takeOffline(String system) {
        change(system, "OFFLINE", null);
    }

    public void bringOnline(String system) {
        change(system, "ONLINE", null);
    }

    /** Drops a maintenance window that has not started yet (audited): the system simply stays online. */
    public void cancelScheduledMaintenance(String system) {
        change(system, "ONLINE", "the scheduled maintenance window of " + system + " is cancelled; it stays online.");
    }

    /** True while an operator's maintenance window of the system is scheduled and has not started. */
    public boolean scheduled(SystemView view) {
        return view.maintenanceScheduledAt(Instant.now());
    }

    private void change(String system, String status, String done) {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        try {
            Instant now = Instant.now();
            SystemView view = systems.change(system, StatusRequest.of(status, reasons.get(system), null, now),
                    caller.getName());
            PageMessages.info(done != null ? done : view.system() + " is now " + view.state() + ".");
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

    /** How long the parked backlog takes to drain at the system's rate, once it is online; empty without a backlog. */
    public String drainEstimate(SystemView view) {
        if (view.parked() == 0 || view.estimatedDrain() == null) {
            return "";
        }
        Duration drain = view.estimatedDrain();
        return "≈ " + (drain.toMinutes() >= 1 ? drain.toMinutes() + " min" : Math.max(1, drain.toSeconds()) + " s")
                + " to drain";
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
