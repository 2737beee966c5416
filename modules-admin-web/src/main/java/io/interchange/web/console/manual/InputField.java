package io.interchange.web.console.manual;

import java.io.Serializable;
import java.util.List;

/**
 * One top-level property of an operation's input, as the form shows it: what the person typed
 * (kept as typed, so a refused send loses nothing) and what is wrong with it.
 */
public final class InputField implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the property is entered. */
    public enum Kind {
        /** a string: a text input */
        TEXT,
        /** a number: a text input checked as a decimal number */
        NUMBER,
        /** an integer: a text input checked as a whole number */
        INTEGER,
        /** a boolean: a checkbox */
        BOOLEAN,
        /** one of the values the schema enumerates: a select */
        CHOICE,
        /** an object, an array or anything else: JSON in a textarea */
        JSON
    }

    /**
     * A value of an enumeration.
     *
     * @param json  the value as JSON text, what is sent
     * @param label what the person sees
     */
    public record Choice(String json, String label) implements Serializable {
    }

    private final String name;
    private final Kind kind;
    private final boolean required;
    private final String description;
    private final String type;
    private final List<Choice> choices;
    private String text;
    private boolean checked;
    private String problem;

    InputField(String name, Kind kind, boolean required, String description, String type, List<Choice> choices) {
        this.name = name;
        this.kind = kind;
        this.required = required;
        this.description = description;
        this.type = type;
        this.choices = List.copyOf(choices);
    }

    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public String getKindName() { return kind.name(); }
    public boolean isRequired() { return required; }
    /** The schema's description of the property, or null. */
    public String getDescription() { return description; }
    /** The schema's type(s) in words, e.g. "object (JSON)". */
    public String getType() { return type; }
    public List<Choice> getChoices() { return choices; }
    /** What was typed, for every kind but a boolean; for a choice, the chosen value's JSON. */
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isChecked() { return checked; }
    public void setChecked(boolean checked) { this.checked = checked; }
    /** What is wrong with the value, shown next to it, or null. */
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
}
