package io.interchange.orders.shop;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.orders.api.CanonicalOrder;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates the shop's order into the canonical order, refusing — as a
 * permanent failure that names the field — anything the ERP could not take: missing
 * customer email, no lines, money that is not "0.00"-shaped, totals that do not add up.
 */
public final class ShopMapping {

    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");

    private ShopMapping() {
    }

    public static CanonicalOrder toCanonical(String json) {
        JsonNode order;
        try {
            order = CanonicalJson.mapper().readTree(json);
        } catch (Exception e) {
            throw invalid("the order is not JSON");
        }
        JsonNode customer = required(order, "customer");
        List<CanonicalOrder.Line> lines = new ArrayList<>();
        JsonNode lineNodes = required(order, "lines");
        if (!lineNodes.isArray() || lineNodes.isEmpty()) {
            throw invalid("the order has no lines");
        }
        for (int i = 0; i < lineNodes.size(); i++) {
            JsonNode line = lineNodes.get(i);
            int quantity = line.path("quantity").asInt(0);
            if (quantity <= 0) {
                throw invalid("lines[" + i + "].quantity must be a positive whole number");
            }
            lines.add(new CanonicalOrder.Line(text(line, "lineId"), text(line, "sku"), text(line, "name"), quantity,
                    money(line, "unitPrice", "lines[" + i + "].unitPrice")));
        }
        JsonNode totals = required(order, "totals");
        CanonicalOrder.Totals sums = new CanonicalOrder.Totals(money(totals, "subtotal", "totals.subtotal"),
                money(totals, "shipping", "totals.shipping"), money(totals, "tax", "totals.tax"),
                money(totals, "grandTotal", "totals.grandTotal"));
        if (sums.subtotal().add(sums.shipping()).add(sums.tax()).compareTo(sums.grandTotal()) != 0) {
            throw invalid("totals do not add up: subtotal + shipping + tax != grandTotal");
        }
        String email = text(customer, "email");
        if (!email.contains("@")) {
            throw invalid("customer.email is not an email address");
        }
        return new CanonicalOrder(text(order, "id"), text(order, "number"), text(order, "status"),
                instant(order, "createdAt"), text(order, "currency"),
                new CanonicalOrder.Customer(customer.path("id").asText(null), email, text(customer, "firstName"),
                        text(customer, "lastName")),
                address(order, "billingAddress"), address(order, "shippingAddress"), lines, sums,
                order.path("version").asLong(0));
    }

    private static CanonicalOrder.Address address(JsonNode order, String field) {
        JsonNode a = required(order, field);
        return new CanonicalOrder.Address(text(a, "name"), text(a, "line1"), a.path("line2").asText(null),
                text(a, "city"), text(a, "postalCode"), text(a, "country"));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw invalid(field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static BigDecimal money(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !MONEY.matcher(value.asText()).matches()) {
            throw invalid(path + " must be a money string with two decimals, e.g. \"19.95\"");
        }
        return new BigDecimal(value.asText());
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw invalid(field + " must be an RFC 3339 UTC time");
        }
    }

    private static PermanentFailure invalid(String reason) {
        return new PermanentFailure(ShopClient.SYSTEM, "the shop's order cannot be taken: " + reason);
    }
}
