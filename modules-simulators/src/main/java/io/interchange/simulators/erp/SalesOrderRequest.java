package io.interchange.simulators.erp;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code POST .../salesOrders} body, checked: the client's fields (read-only ones dropped),
 * the required {@code externalDocumentNumber} and the lines.
 */
record SalesOrderRequest(JsonObject fields, String externalDocumentNumber, String shipToCountry,
        List<SalesOrderLine> lines, BigDecimal givenTotal) {

    /** Fields only the ERP sets; a client's values for them are ignored. */
    private static final Set<String> READ_ONLY = Set.of("id", "number", "status", "lastModifiedDateTime",
            "@odata.etag", "@odata.context", "totalAmountExcludingTax", "totalTaxAmount", "totalAmountIncludingTax",
            "shipments", "payments");

    /** @throws IllegalArgumentException saying which field is wrong */
    static SalesOrderRequest of(JsonObject body) {
        if (body == null) {
            throw new IllegalArgumentException("A JSON object body is required.");
        }
        String external = text(body, "externalDocumentNumber");
        if (external == null || external.isBlank()) {
            throw new IllegalArgumentException("externalDocumentNumber is required (a string).");
        }
        List<SalesOrderLine> lines = new ArrayList<>();
        JsonValue linesValue = body.get("salesOrderLines");
        if (linesValue != null && linesValue.getValueType() != JsonValue.ValueType.NULL) {
            if (linesValue.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new IllegalArgumentException("salesOrderLines must be an array.");
            }
            int index = 0;
            for (JsonValue item : linesValue.asJsonArray()) {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new IllegalArgumentException("salesOrderLines[" + index + "] must be an object.");
                }
                lines.add(line(item.asJsonObject(), index++));
            }
        }
        JsonObjectBuilder fields = jakarta.json.Json.createObjectBuilder();
        body.forEach((name, value) -> {
            if (!READ_ONLY.contains(name)) {
                fields.add(name, value);
            }
        });
        return new SalesOrderRequest(fields.build(), external, text(body, "shipToCountry"), lines,
                decimal(body.get("totalAmountIncludingTax"), "totalAmountIncludingTax"));
    }

    private static SalesOrderLine line(JsonObject line, int index) {
        String where = "salesOrderLines[" + index + "].";
        BigDecimal quantity = decimal(line.get("quantity"), where + "quantity");
        BigDecimal unitPrice = decimal(line.get("unitPrice"), where + "unitPrice");
        if (quantity == null || quantity.signum() < 0) {
            throw new IllegalArgumentException(where + "quantity is required (a number, not negative).");
        }
        return new SalesOrderLine(text(line, "lineType"), text(line, "lineObjectNumber"), text(line, "description"),
                quantity, unitPrice == null ? BigDecimal.ZERO : unitPrice);
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(field + " must be a string.");
        }
        return string.getString();
    }

    private static BigDecimal decimal(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString string) {
                return new BigDecimal(string.getString());
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(field + " must be a number.");
    }
}
