package io.interchange.web.console.alerts;

import io.interchange.platform.alerts.AlertBoard;
import io.interchange.platform.alerts.AlertStatus;
import io.interchange.platform.alerts.AlertView;
import io.interchange.platform.clients.Role;
import io.interchange.platform.operator.OperationRefusedException;
import io.interchange.web.api.PublicText;
import io.interchange.web.console.PageMessages;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** The alerts in one status (open ones first shown); an operator acknowledges one with a note. Times are UTC. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertBoard board;

    @Inject
    ConsoleCaller caller;

    private AlertStatus status = AlertStatus.OPEN;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();
    private LazyDataModel<AlertView> rows;

    @PostConstruct
    void init() {
        rows = new AlertPages(board, () -> status);
    }

    public void acknowledge(long id) {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        problems.remove(id);
        try {
            AlertView done = board.acknowledge(id, caller.getName(), notes.get(id));
            notes.remove(id);
            PageMessages.info("Alert " + id + " is " + done.status() + " by " + done.acknowledgedBy() + ".");
        } catch (OperationRefusedException e) {
            if ("/note".equals(e.pointer())) {
                problems.put(id, "enter a note: who is on it and what they are doing");
            } else {
                PageMessages.refused(e);
            }
        }
    }

    /** The alert's latest detail, fit to show (no class names, no SQL). */
    public String detail(AlertView alert) {
        return PublicText.of(alert.detail());
    }

    public LazyDataModel<AlertView> getRows() { return rows; }
    public List<AlertStatus> getStatuses() { return List.of(AlertStatus.values()); }
    public AlertStatus getStatus() { return status; }
    public void setStatus(AlertStatus status) { this.status = status; }
    /** What the operator typed as the note, per alert. */
    public Map<Long, String> getNotes() { return notes; }
    /** What is wrong with the note typed for an alert, shown next to it. */
    public Map<Long, String> getProblems() { return problems; }
}
