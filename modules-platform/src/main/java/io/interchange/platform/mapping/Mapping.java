package io.interchange.platform.mapping;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * One JSONata expression with the name it is known by. Compiled once; a compiled expression may
 * be evaluated by several threads at once, as long as no bindings are registered on it (the
 * library keeps per-evaluation state per thread), so none are.
 */
public final class Mapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String expression;
    private final Jsonata compiled;

    private Mapping(String name, String expression, Jsonata compiled) {
        this.name = name;
        this.expression = expression;
        this.compiled = compiled;
    }

    /** @throws MappingFailure naming the mapping and the syntax error */
    public static Mapping compile(String name, String expression) {
        try {
            return new Mapping(name, expression, Jsonata.jsonata(expression));
        } catch (JException | IllegalArgumentException | IllegalStateException e) {
            throw new MappingFailure(name, e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String expression() {
        return expression;
    }

    /**
     * The expression's result, {@link MissingNode} when it yields nothing (a path that is not in
     * the message: JSONata's "undefined").
     *
     * @throws MappingFailure naming the mapping and the JSONata error
     */
    public JsonNode evaluate(JsonNode input) {
        Object result;
        try {
            result = compiled.evaluate(JSON.convertValue(input, Object.class));
        } catch (RuntimeException e) {
            throw new MappingFailure(name, String.valueOf(e.getMessage()), e);
        }
        if (result == null) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.valueToTree(plain(result));
        } catch (IllegalArgumentException e) {
            throw new MappingFailure(name, "the result is not JSON (" + result.getClass().getSimpleName()
                    + "), e.g. a function", e);
        }
    }

    /** JSONata's own null marker, wherever it is, as a plain null. */
    private static Object plain(Object value) {
        if (value == Jsonata.NULL_VALUE) {
            return null;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<Object, Object>();
            map.forEach((key, entry) -> copy.put(key, plain(entry)));
            return copy;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(Mapping::plain).collect(java.util.stream.Collectors.toList());
        }
        return value;
    }

    /** The result as text, if there is one: a string as it is, a number or boolean written out. */
    public Optional<String> text(JsonNode input) {
        JsonNode result = evaluate(input);
        if (result.isMissingNode() || result.isNull()) {
            return Optional.empty();
        }
        if (result.isValueNode()) {
            return Optional.of(result.asText());
        }
        throw new MappingFailure(name, "expected a text, got " + result.getNodeType().name().toLowerCase()
                + " " + result, null);
    }

    /** Whether the expression yields {@code true} (and only true: "yes", 1 or a missing field are not). */
    public boolean test(JsonNode input) {
        JsonNode result = evaluate(input);
        return result.isBoolean() && result.booleanValue();
    }

    @Override
    public String toString() {
        return name + ": " + expression;
    }
}
