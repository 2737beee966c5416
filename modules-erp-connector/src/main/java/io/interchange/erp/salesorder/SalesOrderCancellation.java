package io.interchange.erp.salesorder;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.erp.api.ErpMessages;
import io.interchange.erp.api.ErpMessages.CancellationAnswered;
import io.interchange.erp.client.ErpClient;
import io.interchange.orders.api.OrderMessages;
import io.interchange.orders.api.OrderMessages.CancellationRequested;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Cancels the sales order of a cancelled shop order, unless it has shipped, and answers either way. */
@ApplicationScoped
public class SalesOrderCancellation {

    private static final Set<String> TOO_LATE = Set.of("Shipped", "Invoiced");

    @Inject
    ErpClient erp;

    @Inject
    MessageBus bus;

    public void cancel(Envelope message) {
        CancellationRequested request = CanonicalJson.read(message.data(), CancellationRequested.class);
        // Not there yet: the placement may still be on its way; retried until it is.
        JsonNode salesOrder = erp.findByExternalDocumentNumber(request.ecpOrderNumber())
                .orElseThrow(() -> new TransientFailure(ErpClient.SYSTEM,
                        "no sales order for " + request.ecpOrderNumber() + " (yet)"));
        String status = salesOrder.path("status").asText();
        CancellationAnswered answer;
        if ("Cancelled".equals(status)) {
            answer = new CancellationAnswered(request.ecpOrderId(), request.ecpOrderNumber(), true, "already cancelled");
        } else if (TOO_LATE.contains(status)) {
            answer = new CancellationAnswered(request.ecpOrderId(), request.ecpOrderNumber(), false,
                    "the sales order is " + status);
        } else {
            HttpAnswer cancelled = erp.cancel(salesOrder.path("id").asText());
            HttpOutcome.check(ErpClient.SYSTEM, "cancel " + request.ecpOrderNumber(), cancelled.status(),
                    cancelled.retryAfter(), cancelled.body());
            answer = new CancellationAnswered(request.ecpOrderId(), request.ecpOrderNumber(), true, "cancelled");
        }
        bus.publish(SalesOrderCreation.SOURCE, ErpMessages.CANCELLATION_ANSWERED, answer,
                message);
    }
}
