package io.interchange.web.console.manual;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interchange.platform.catalog.ActiveCatalog;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.clients.Role;
import io.interchange.platform.facade.InvalidInput;
import io.interchange.platform.facade.OperationNotFound;
import io.interchange.platform.facade.OperationRequests;
import io.interchange.platform.http.OperationCall;
import io.interchange.platform.message.DeliveryKind;
import io.interchange.platform.message.Envelope;
import io.interchange.web.console.PageMessages;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sends a message by hand to an operation of a catalog system: the input from a form made of the
 * operation's input schema (or raw JSON), checked against the schema, sent over the bus as a
 * manual delivery and audited under the person's name with their note. Viewers see the
 * operations and their forms, never a Send button; {@link ConsoleCaller#mayAct} refuses a forged one.
 */
@Named
@ViewScoped
public class ManualPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_NOTE = 1000;
    static final int MAX_KEY = 255;
    private static final String SOURCE = "/interchange/console/";

    @Inject
    Catalog catalog;

    @Inject
    OperationRequests requests;

    @Inject
    ConsoleCaller caller;

    /** A system or operation to choose. */
    public record Option(String value, String label) implements Serializable {
    }

    private String system;
    private String operation;
    private List<InputField> fields = List.of();
    private boolean raw;
    private String rawJson;
    private String rawProblem;
    private String note;
    private String businessKey;
    private String sentId;

    /** The catalog systems that have operations. */
    public List<Option> getSystems() {
        return catalog.active().stream().map(ActiveCatalog.Entry::system)
                .filter(described -> !described.operations().isEmpty())
                .sorted(Comparator.comparing(SystemDescription::system))
                .map(described -> new Option(described.system(), described.name() == null
                        || described.name().equals(described.system()) ? described.system()
                        : described.system() + " — " + described.name()))
                .toList();
    }

    /** The chosen system's operations. */
    public List<Option> getOperations() {
        return chosenSystem().map(described -> described.operations().stream()
                .map(one -> new Option(one.name(), one.name())).toList()).orElse(List.of());
    }

    /** The chosen operation, as the catalog has it now, or null. */
    public Operation getChosen() {
        return chosenSystem().flatMap(described -> described.operation(operation == null ? "" : operation))
                .orElse(null);
    }

    private Optional<SystemDescription> chosenSystem() {
        return system == null || system.isBlank() ? Optional.empty() : catalog.system(system);
    }

    /** After the system changed: its first operation, or none. */
    public void systemChanged() {
        List<Option> operations = getOperations();
        operation = operations.isEmpty() ? null : operations.get(0).value();
        operationChanged();
    }

    /** After the operation changed: an empty form for its input. */
    public void operationChanged() {
        Operation chosen = getChosen();
        fields = chosen == null ? List.of() : InputForm.fields(chosen.inputSchema());
        raw = fields.isEmpty();
        rawJson = null;
        rawProblem = null;
        sentId = null;
    }

    /** Whether the input can be entered in a form (the schema describes an object's properties). */
    public boolean isFormAvailable() {
        return !fields.isEmpty();
    }

    /** From the form to raw JSON, carrying over what was entered. */
    public void showRaw() {
        ObjectNode input = InputForm.input(fields);
        if (input == null) {
            PageMessages.error("Correct the fields marked first, or clear them.");
            return;
        }
        rawJson = InputForm.pretty(input);
        rawProblem = null;
        raw = true;
    }

    /** From raw JSON back to the form, carrying over what was entered if the form can show it. */
    public void showForm() {
        if (!isFormAvailable()) {
            return;
        }
        rawProblem = null;
        if (rawJson != null && !rawJson.isBlank()) {
            JsonNode input;
            try {
                input = InputForm.JSON.readTree(rawJson);
            } catch (JsonProcessingException e) {
                rawProblem = InputForm.jsonProblem(e);
                return;
            }
            if (!input.isObject()) {
                rawProblem = "the form shows a JSON object only; keep editing this as JSON";
                return;
            }
            List<String> misfits = InputForm.fill(fields, input);
            if (!misfits.isEmpty()) {
                rawProblem = "the form cannot show " + String.join(", ", misfits) + "; keep editing this as JSON";
                return;
            }
        }
        raw = false;
    }

    public void send() {
        if (!caller.mayAct(Role.OPERATOR)) {
            return;
        }
        sentId = null;
        rawProblem = null;
        fields.forEach(field -> field.setProblem(null));
        if (operation == null || operation.isBlank() || system == null || system.isBlank()) {
            PageMessages.error("Choose a system and one of its operations.");
            return;
        }
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            PageMessages.error("manual:note", note == null || note.isBlank() ? "say why you send it"
                    : "at most " + MAX_NOTE + " characters");
            return;
        }
        if (businessKey != null && businessKey.length() > MAX_KEY) {
            PageMessages.error("manual:businessKey", "at most " + MAX_KEY + " characters");
            return;
        }
        OperationCall.Target target;
        try {
            target = requests.target(system, operation);
        } catch (OperationNotFound e) {
            PageMessages.error(e.getMessage());
            return;
        }
        String input;
        if (raw) {
            input = rawJson;
        } else {
            ObjectNode fromFields = InputForm.input(fields);
            if (fromFields == null) {
                PageMessages.error("Nothing was sent: correct the fields marked.");
                return;
            }
            input = fromFields.toString();
        }
        Envelope message;
        try {
            message = requests.message(target, input, businessKey == null || businessKey.isBlank() ? null
                    : businessKey.strip(), SOURCE + caller.getName(), DeliveryKind.MANUAL);
        } catch (InvalidInput e) {
            refused(e);
            return;
        }
        requests.sendManual(message, caller.getName(), note.strip());
        sentId = message.id();
        PageMessages.info("Sent to " + target.name() + " as message " + message.id() + ".");
        note = null;
        businessKey = null;
        rawJson = null;
        fields = InputForm.fields(target.operation().inputSchema());
        raw = fields.isEmpty();
    }

    /** The schema's refusal next to the field it names, else for the whole input. */
    private void refused(InvalidInput e) {
        String property = InputForm.topProperty(e.pointer());
        if (raw) {
            rawProblem = e.getMessage();
        } else {
            Optional<InputField> field = fields.stream().filter(one -> one.getName().equals(property)).findFirst();
            if (field.isPresent()) {
                field.get().setProblem(e.getMessage());
            } else {
                PageMessages.error(e.getMessage());
            }
        }
        PageMessages.error("Nothing was sent: the input does not fit the operation.");
    }

    public String getSystem() { return system; }
    public void setSystem(String system) { this.system = system; }
    public String getOperation() { return operation; }
    public void setOperation(String operation) { this.operation = operation; }
    public List<InputField> getFields() { return fields; }
    public boolean isRaw() { return raw; }
    public String getRawJson() { return rawJson; }
    public void setRawJson(String rawJson) { this.rawJson = rawJson; }
    /** What is wrong with the raw JSON, shown next to it, or null. */
    public String getRawProblem() { return rawProblem; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getBusinessKey() { return businessKey; }
    public void setBusinessKey(String businessKey) { this.businessKey = businessKey; }
    /** The id of the message just sent, or null. */
    public String getSentId() { return sentId; }
}
