package io.interchange.web.console.manual;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form made of an operation's input schema: one field per top-level property of an object
 * schema, by type; nested objects and arrays entered as JSON. Turns what was typed into the input
 * (or says, per field, what is wrong) and raw JSON back into the fields.
 */
final class InputForm {

    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InputForm() {
    }

    /** The fields of the schema's top-level properties; empty when it describes none (then only raw JSON). */
    static List<InputField> fields(JsonNode schema) {
        if (schema == null || !schema.path("properties").isObject() || !objectTyped(schema)) {
            return List.of();
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<InputField> fields = new ArrayList<>();
        schema.get("properties").fields().forEachRemaining(property -> fields.add(
                field(property.getKey(), property.getValue(), required.contains(property.getKey()))));
        return fields;
    }

    private static boolean objectTyped(JsonNode schema) {
        Set<String> types = types(schema);
        return types.isEmpty() || types.contains("object");
    }

    private static InputField field(String name, JsonNode property, boolean required) {
        String description = property.path("description").isTextual() ? property.get("description").asText()
                : property.path("title").isTextual() ? property.get("title").asText() : null;
        if (property.path("enum").isArray() && !property.get("enum").isEmpty()) {
            List<InputField.Choice> choices = new ArrayList<>();
            property.get("enum").forEach(value -> choices.add(
                    new InputField.Choice(value.toString(), value.isTextual() ? value.asText() : value.toString())));
            return new InputField(name, InputField.Kind.CHOICE, required, description, "one of the values", choices);
        }
        Set<String> types = types(property);
        types.remove("null");
        InputField.Kind kind;
        if (types.equals(Set.of("string"))) {
            kind = InputField.Kind.TEXT;
        } else if (types.equals(Set.of("integer"))) {
            kind = InputField.Kind.INTEGER;
        } else if (!types.isEmpty() && Set.of("number", "integer").containsAll(types)) {
            kind = InputField.Kind.NUMBER;
        } else if (types.equals(Set.of("boolean"))) {
            kind = InputField.Kind.BOOLEAN;
        } else if (types.contains("string") && !types.contains("object") && !types.contains("array")) {
            kind = InputField.Kind.TEXT;
        } else {
            kind = InputField.Kind.JSON;
        }
        String type = types.isEmpty() ? "any JSON value" : String.join(" or ", types)
                + (kind == InputField.Kind.JSON ? ", as JSON" : "");
        return new InputField(name, kind, required, description, type, List.of());
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(one -> types.add(one.asText()));
        }
        return types;
    }

    /**
     * The input made of the fields: an empty field is left out (a required one is then refused by
     * the schema, next to it), an unchecked optional checkbox too.
     *
     * @return null when a field cannot be read; each such field then has its problem
     */
    static ObjectNode input(List<InputField> fields) {
        ObjectNode input = JSON.createObjectNode();
        boolean readable = true;
        for (InputField field : fields) {
            field.setProblem(null);
            String text = field.getText();
            boolean blank = text == null || text.isBlank();
            String name = field.getName();
            try {
                switch (field.getKind()) {
                    case TEXT -> {
                        if (text != null && !text.isEmpty()) {
                            input.put(name, text);
                        }
                    }
                    case NUMBER -> {
                        if (!blank) {
                            input.put(name, new BigDecimal(text.strip()));
                        }
                    }
                    case INTEGER -> {
                        if (!blank) {
                            input.put(name, new BigInteger(text.strip()));
                        }
                    }
                    case BOOLEAN -> {
                        if (field.isChecked() || field.isRequired()) {
                            input.put(name, field.isChecked());
                        }
                    }
                    case CHOICE -> {
                        if (!blank) {
                            if (field.getChoices().stream().noneMatch(choice -> choice.json().equals(text))) {
                                field.setProblem("choose one of the values");
                                readable = false;
                            } else {
                                input.set(name, JSON.readTree(text));
                            }
                        }
                    }
                    case JSON -> {
                        if (!blank) {
                            input.set(name, JSON.readTree(text));
                        }
                    }
                }
            } catch (NumberFormatException e) {
                field.setProblem(field.getKind() == InputField.Kind.INTEGER ? "enter a whole number, such as 12"
                        : "enter a number, such as 12 or 12.5");
                readable = false;
            } catch (JsonProcessingException e) {
                field.setProblem(jsonProblem(e));
                readable = false;
            }
        }
        return readable ? input : null;
    }

    /**
     * Puts the input's properties into the fields, if every one of them fits a field.
     *
     * @return the properties that fit no field (then no field is changed)
     */
    static List<String> fill(List<InputField> fields, JsonNode input) {
        Map<String, InputField> byName = new HashMap<>();
        fields.forEach(field -> byName.put(field.getName(), field));
        Map<InputField, JsonNode> values = new HashMap<>();
        List<String> misfits = new ArrayList<>();
        input.fields().forEachRemaining(property -> {
            InputField field = byName.get(property.getKey());
            if (field == null || !fits(field, property.getValue())) {
                misfits.add(property.getKey());
            } else {
                values.put(field, property.getValue());
            }
        });
        if (!misfits.isEmpty()) {
            return misfits;
        }
        for (InputField field : fields) {
            JsonNode value = values.get(field);
            field.setProblem(null);
            field.setChecked(field.getKind() == InputField.Kind.BOOLEAN && value != null && value.booleanValue());
            field.setText(value == null || field.getKind() == InputField.Kind.BOOLEAN ? null
                    : field.getKind() == InputField.Kind.TEXT ? value.asText()
                    : field.getKind() == InputField.Kind.JSON ? pretty(value)
                    : field.getKind() == InputField.Kind.CHOICE ? choiceOf(field, value)
                    : value.asText());
        }
        return List.of();
    }

    private static boolean fits(InputField field, JsonNode value) {
        return switch (field.getKind()) {
            case TEXT -> value.isTextual();
            case NUMBER -> value.isNumber();
            case INTEGER -> value.isIntegralNumber();
            case BOOLEAN -> value.isBoolean();
            case CHOICE -> choiceOf(field, value) != null;
            case JSON -> true;
        };
    }

    private static String choiceOf(InputField field, JsonNode value) {
        for (InputField.Choice choice : field.getChoices()) {
            try {
                if (JSON.readTree(choice.json()).equals(value)) {
                    return choice.json();
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a choice is not JSON: " + choice.json(), e);
            }
        }
        return null;
    }

    static String pretty(JsonNode value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a text stops being JSON, in words. */
    static String jsonProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return "not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    /** The top-level property a JSON pointer points into ({@code /order/customer/email} → order), or null. */
    static String topProperty(String pointer) {
        if (pointer == null || pointer.length() < 2 || pointer.charAt(0) != '/') {
            return null;
        }
        String first = pointer.substring(1).split("/", 2)[0];
        return first.replace("~1", "/").replace("~0", "~");
    }
}
