package io.interchange.erp.salesorder;

import io.interchange.erp.api.ErpMessages;
import io.interchange.erp.api.ErpMessages.ErpOrderChanged;
import io.interchange.erp.client.ErpClient;
import io.interchange.erp.client.SalesOrderMapping;
import io.interchange.platform.bus.MessageBus;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code erp.salesorder.changed}: the notification only names the sales order, so fetch its
 * current state (with shipments and payments) and publish it as a snapshot. Because the
 * state is fetched now, a late or repeated notification carries no old state.
 */
@ApplicationScoped
public class ErpChangeFeed {

    @Inject
    ErpClient erp;

    @Inject
    MessageBus bus;

    public void changed(Envelope event) {
        String id;
        try {
            id = CanonicalJson.mapper().readTree(event.data()).path("salesOrderId").asText("");
        } catch (Exception e) {
            throw new PermanentFailure(ErpClient.SYSTEM, "the event's data is not JSON");
        }
        if (id.isBlank()) {
            throw new PermanentFailure(ErpClient.SYSTEM, "the event's data has no salesOrderId");
        }
        ErpOrderChanged change = SalesOrderMapping.toChange(erp.salesOrder(id));
        bus.publish(SalesOrderCreation.SOURCE, ErpMessages.ERP_ORDER_CHANGED, change, event,
                change.ecpOrderNumber());
    }
}
