package io.interchange.web.console.errors;

import io.interchange.platform.clients.Role;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.failure.FailureFilter;
import io.interchange.platform.failure.FailureGroupCount;
import io.interchange.platform.failure.FailureRow;
import io.interchange.platform.failure.FailureSearch;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.operations.BulkResubmission;
import io.interchange.platform.operations.Discard;
import io.interchange.platform.operations.ResubmitOutcome;
import io.interchange.platform.operator.OperationRefusedException;
import io.interchange.web.console.PageMessages;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The errors queue page; times are UTC, as the rest of the console shows them. */
@Named
@ViewScoped
public class ErrorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FailureSearch search;

    @Inject
    FailedMessages failures;

    @Inject
    BulkResubmission resubmission;

    @Inject
    Discard discard;

    @Inject
    ConsoleCaller caller;

    private String system;
    private String type;
    private String group;
    private String reasonText;
    private LocalDateTime from;
    private LocalDateTime to;
    private FailureStatus status = FailureStatus.OPEN;
    private String note;
    private List<FailureRow> selected = new ArrayList<>();
    private List<Outcome> outcomes = List.of();
    private LazyDataModel<FailureRow> rows;

    @PostConstruct
    void init() {
        rows = new FailurePages(search, this::filter);
    }

    FailureFilter filter() {
        return new FailureFilter(system, type, group, reasonText, from == null ? null : from.toInstant(ZoneOffset.UTC),
                to == null ? null : to.toInstant(ZoneOffset.UTC), status);
    }

    public List<FailureGroupCount> getGroups() {
        return failures.groups(FailureStatus.OPEN);
    }

    public void showGroup(String wanted) {
        group = wanted;
        status = FailureStatus.OPEN;
    }

    public void resubmitSelected() {
        if (!caller.mayAct(Role.OPERATOR) || nothingSelected()) {
            return;
        }
        finish(outcomes(resubmission.resubmit(selected.stream().map(FailureRow::id).toList(), caller.getName(),
                blankToNull(note))));
    }

    /** Every open message of the group (up to {@link BulkResubmission#MAX_PER_CALL}), each outcome listed. */
    public void resubmitGroup(String wanted) {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        List<Outcome> done = outcomes(resubmission.resubmitGroup(wanted, caller.getName(), blankToNull(note)));
        if (done.isEmpty()) {
            PageMessages.error("the group has no open message left");
            return;
        }
        finish(done);
    }

    private static List<Outcome> outcomes(List<ResubmitOutcome> resubmitted) {
        List<Outcome> done = new ArrayList<>();
        for (ResubmitOutcome outcome : resubmitted) {
            done.add(new Outcome(outcome.failedMessageId(), outcome.resubmitted(), outcome.resubmitted()
                    ? "resubmitted as " + outcome.messageId() : "refused: " + outcome.refusal().getMessage()));
        }
        return done;
    }

    public void discardSelected() {
        if (!caller.mayAct(Role.OPERATOR) || nothingSelected()) {
            return;
        }
        if (note == null || note.isBlank()) {
            PageMessages.error("actions:note", "a discard needs a reason");
            return;
        }
        List<Outcome> done = new ArrayList<>();
        for (FailureRow row : selected) {
            try {
                discard.discard(row.id(), caller.getName(), note);
                done.add(new Outcome(row.id(), true, "discarded"));
            } catch (OperationRefusedException e) {
                done.add(new Outcome(row.id(), false, "refused: " + e.getMessage()));
            }
        }
        finish(done);
    }

    private boolean nothingSelected() {
        if (selected == null || selected.isEmpty()) {
            PageMessages.error("select the messages first");
            return true;
        }
        return false;
    }

    private void finish(List<Outcome> done) {
        outcomes = done;
        selected = new ArrayList<>();
        note = null;
        long ok = done.stream().filter(Outcome::done).count();
        PageMessages.info(ok + " of " + done.size() + " done; each message's outcome is listed below.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public LazyDataModel<FailureRow> getRows() { return rows; }
    public List<FailureStatus> getStatuses() { return List.of(FailureStatus.values()); }
    public List<Outcome> getOutcomes() { return outcomes; }
    public List<FailureRow> getSelected() { return selected; }
    public void setSelected(List<FailureRow> selected) { this.selected = selected; }
    public String getSystem() { return system; }
    public void setSystem(String system) { this.system = system; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getReasonText() { return reasonText; }
    public void setReasonText(String reasonText) { this.reasonText = reasonText; }
    public LocalDateTime getFrom() { return from; }
    public void setFrom(LocalDateTime from) { this.from = from; }
    public LocalDateTime getTo() { return to; }
    public void setTo(LocalDateTime to) { this.to = to; }
    public FailureStatus getStatus() { return status; }
    public void setStatus(FailureStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
