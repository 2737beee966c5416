package io.interchange.web.console.errors;

import io.interchange.platform.clients.Role;
import io.interchange.platform.failure.FailureRow;
import io.interchange.platform.failure.FailureSearch;
import io.interchange.platform.journal.HopView;
import io.interchange.platform.journal.Timelines;
import io.interchange.platform.operations.Discard;
import io.interchange.platform.operations.FailedMessageDetail;
import io.interchange.platform.operations.FailedMessageDetails;
import io.interchange.platform.operations.PayloadEdit;
import io.interchange.platform.operations.Resubmission;
import io.interchange.platform.operator.OperationRefusedException;
import io.interchange.web.console.PageMessages;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

/**
 * One failed message: its envelope, payload (editable while it is open), attempts, lineage (where it
 * came from, what it resubmitted, what it was resubmitted as), resubmit or discard.
 */
@Named
@ViewScoped
public class MessagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FailureSearch search;

    @Inject
    Timelines timelines;

    @Inject
    FailedMessageDetails details;

    @Inject
    PayloadEdit payloadEdit;

    @Inject
    Resubmission resubmission;

    @Inject
    Discard discard;

    @Inject
    ConsoleCaller caller;

    private Long id;
    private String payload;
    private String note;
    private transient FailureRow row;
    private transient FailedMessageDetail.Lineage lineage;

    /** Called by the page's view action after the id parameter is set. */
    public void load() {
        row = id == null ? null : search.one(id).orElse(null);
        if (row == null) {
            PageMessages.error("There is no failed message " + (id == null ? "" : id) + ".");
            return;
        }
        if (payload == null) {
            payload = row.data();
        }
    }

    public FailureRow getRow() {
        if (row == null && id != null) {
            row = search.one(id).orElse(null);
        }
        return row;
    }

    /** The same lineage as the API's view of the message. */
    public FailedMessageDetail.Lineage getLineage() {
        if (lineage == null && id != null) {
            lineage = details.of(id).map(FailedMessageDetail::lineage).orElse(null);
        }
        return lineage;
    }

    public List<HopView> getAttempts() {
        return getRow() == null ? List.of() : timelines.attempts(getRow().messageId());
    }

    public void savePayload() {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        String problem = JsonText.problem(payload);
        if (problem != null) {
            PageMessages.error("detail:payload", problem);
            return;
        }
        try {
            payloadEdit.edit(id, payload, caller.getName());
            row = null;
            lineage = null;
            PageMessages.info("The payload is saved; resubmit the message to send it.");
        } catch (OperationRefusedException e) {
            PageMessages.error(e.pointer() == null ? null : "detail:payload", e.getMessage());
        }
    }

    public void resubmit() {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        try {
            String sent = resubmission.resubmit(id, caller.getName(), note).id();
            row = null;
            lineage = null;
            note = null;
            PageMessages.info("Resubmitted as " + sent + ".");
        } catch (OperationRefusedException e) {
            PageMessages.refused(e);
        }
    }

    public void discard() {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        if (note == null || note.isBlank()) {
            PageMessages.error("detail:note", "a discard needs a reason");
            return;
        }
        try {
            discard.discard(id, caller.getName(), note);
            row = null;
            lineage = null;
            note = null;
            PageMessages.info("Discarded.");
        } catch (OperationRefusedException e) {
            PageMessages.refused(e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    /** Whether a text is one JSON value, and if not, where it goes wrong. */
    static final class JsonText {

        private JsonText() {
        }

        static String problem(String text) {
            if (text == null || text.isBlank()) {
                return "the payload is empty; it must be JSON";
            }
            try (var reader = Json.createReader(new StringReader(text))) {
                reader.readValue();
                return null;
            } catch (JsonParsingException e) {
                var at = e.getLocation();
                return "not valid JSON" + (at == null ? "" : " at line " + at.getLineNumber() + ", column "
                        + at.getColumnNumber());
            } catch (jakarta.json.JsonException e) {
                return "not valid JSON";
            }
        }
    }
}
