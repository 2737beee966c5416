package io.interchange.erp.salesorder;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.erp.api.ErpMessages;
import io.interchange.erp.api.ErpMessages.SalesOrderLinked;
import io.interchange.erp.client.ErpClient;
import io.interchange.erp.client.SalesOrderMapping;
import io.interchange.orders.api.CanonicalOrder;
import io.interchange.orders.api.OrderMessages;
import io.interchange.orders.api.OrderMessages.OrderPlaced;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Creates the sales order for a placed order exactly once, although the ERP has no
 * idempotency key: look it up by {@code externalDocumentNumber} first, create it only when
 * absent, and after any unclear outcome (no answer, 5xx, 409) look again before deciding.
 * Then publish the link for the orders context.
 */
@ApplicationScoped
public class SalesOrderCreation {

    static final String SOURCE = "/interchange/erp-connector";

    @Inject
    ErpClient erp;

    @Inject
    MessageBus bus;

    public void create(Envelope message) {
        CanonicalOrder order = CanonicalJson.read(message.data(), OrderPlaced.class).order();
        String body = SalesOrderMapping.toJson(SalesOrderMapping.toSalesOrder(order));
        JsonNode salesOrder = erp.findByExternalDocumentNumber(order.number())
                .orElseGet(() -> createOrFindAfterUnclearOutcome(order.number(), body));
        bus.publish(SOURCE, ErpMessages.SALES_ORDER_LINKED,
                new SalesOrderLinked(order.ecpOrderId(), order.number(), salesOrder.path("id").asText(),
                        salesOrder.path("number").asText()), message);
    }

    private JsonNode createOrFindAfterUnclearOutcome(String number, String body) {
        HttpAnswer answer;
        try {
            answer = erp.create(body);
        } catch (TransientFailure noAnswer) {
            return lookAgain(number).orElseThrow(() -> noAnswer);
        }
        if (answer.status() == 201 || answer.status() == 200) {
            return read(answer.body());
        }
        if (answer.status() == 409 || answer.status() >= 500) {
            Optional<JsonNode> existing = lookAgain(number);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        HttpOutcome.check(ErpClient.SYSTEM, "create sales order " + number, answer.status(), answer.retryAfter(),
                answer.body());
        throw new TransientFailure(ErpClient.SYSTEM, "create sales order " + number + " answered " + answer.status()
                + " but no sales order with that number exists");
    }

    private Optional<JsonNode> lookAgain(String number) {
        return erp.findByExternalDocumentNumber(number);
    }

    private static JsonNode read(String body) {
        try {
            return CanonicalJson.mapper().readTree(body);
        } catch (Exception e) {
            throw new TransientFailure(ErpClient.SYSTEM, "the ERP's answer to create is not JSON");
        }
    }
}
